import { WORK_MEASURE_KEYS, workIndicatorKey, type WorkIndicatorKey } from '../work/work.catalogue';

/**
 * The figures of the yearly work summary a work-plan target can be measured against.
 * `<area>.<figure>`; the projections compute each from the events.
 */
const ACTIVITY_AND_BODY_KEYS = [
  'party.groupsFormed',
  'party.branchesWithGroup',
  'party.unitsFounded',
  'party.generalBranchesFounded',
  'party.branchesFounded',
  'party.studySessions',
  'academic.sessions',
  'academic.sessionsOnline',
  'academic.participants',
  'training.sessions',
  'training.participants',
  'training.cmeProjects',
  'training.passed',
  'competition.count',
  'competition.participants',
  'welfare.activities',
  'welfare.peopleServed',
  'exchange.visits',
  'exchange.participants',
  'alliances.founded',
  'alliances.members',
  'grants.awarded',
  'grants.awardedYouth',
  'grants.amountYuan',
  'grants.externalWon',
  'grants.externalAmountYuan',
  'grants.concluded',
  'reports.issued',
  'reports.surveys',
  'reports.standards',
  'reports.submitted',
  'publications.issues',
  'publications.copies',
  'publications.posts',
  'meetings.generalAssembly',
  'meetings.council',
  'meetings.standingCouncil',
  'meetings.presidentOffice',
  'meetings.branch',
  'regulations.adopted',
  'regulations.revised',
  'branches.founded',
  'branches.renewed',
  'branches.overdue',
  'branches.active',
  'branches.inPreparation',
  'branches.subgroupsSetUp',
  'members.joined',
  'members.active',
  'honors.received',
  'honors.staffHonored',
  'honors.memberProjectsHonored',
  'honors.awarded',
] as const;

/** Then one figure per work measure (work.documentsHandled …), in catalogue order. */
export const SUMMARY_INDICATOR_KEYS: readonly ((typeof ACTIVITY_AND_BODY_KEYS)[number] | WorkIndicatorKey)[] = [
  ...ACTIVITY_AND_BODY_KEYS,
  ...WORK_MEASURE_KEYS.map(workIndicatorKey),
];

export type SummaryIndicatorKey = (typeof SUMMARY_INDICATOR_KEYS)[number];

export const isSummaryIndicatorKey = (key: unknown): key is SummaryIndicatorKey =>
  (SUMMARY_INDICATOR_KEYS as readonly unknown[]).includes(key);
