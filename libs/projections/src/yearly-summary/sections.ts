import { work } from '@assocflow/domain';
import type { SummaryIndicatorKey, SummarySection, SummarySectionKey } from './summary.document';

/** The work measures (work.<measure>) a section states, in catalogue order. */
const workOf = (section: work.WorkSection): SummaryIndicatorKey[] =>
  work.WORK_MEASURE_KEYS.filter((m) => work.WORK_MEASURES[m].section === section).map(work.workIndicatorKey);

export interface SummarySectionDefinition {
  readonly key: SummarySectionKey;
  readonly title: string;
  readonly indicators: readonly SummaryIndicatorKey[];
}

/**
 * The indicators grouped as the yearly work summaries group them. Every indicator key is in
 * exactly one section; section keys follow the work-plan sections where one fits.
 */
const SECTIONS: SummarySection[] = [
  {
    key: 'party',
    title: '党建',
    indicators: [
      'party.groupsFormed',
      'party.branchesWithGroup',
      'party.unitsFounded',
      'party.generalBranchesFounded',
      'party.branchesFounded',
      'party.studySessions',
    ],
  },
  { key: 'academic', title: '学术', indicators: ['academic.sessions', 'academic.sessionsOnline', 'academic.participants'] },
  {
    key: 'training',
    title: '培训',
    indicators: ['training.sessions', 'training.participants', 'training.cmeProjects', 'training.passed', ...workOf('training')],
  },
  { key: 'competition', title: '竞赛', indicators: ['competition.count', 'competition.participants'] },
  { key: 'welfare', title: '公益', indicators: ['welfare.activities', 'welfare.peopleServed', ...workOf('welfare')] },
  {
    key: 'exchange',
    title: '交流合作',
    indicators: ['exchange.visits', 'exchange.participants', 'alliances.founded', 'alliances.members'],
  },
  { key: 'research', title: '调研', indicators: ['reports.issued', 'reports.surveys', 'reports.standards', 'reports.submitted'] },
  {
    key: 'grants',
    title: '科研资助',
    indicators: [
      'grants.awarded',
      'grants.awardedYouth',
      'grants.amountYuan',
      'grants.externalWon',
      'grants.externalAmountYuan',
      'grants.concluded',
    ],
  },
  {
    key: 'publicity',
    title: '宣传',
    indicators: ['publications.issues', 'publications.copies', 'publications.posts', ...workOf('publicity')],
  },
  {
    key: 'self-building',
    title: '自身建设',
    indicators: [
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
      ...workOf('self-building'),
    ],
  },
  { key: 'emergency', title: '应急与疫情防控', indicators: workOf('emergency') },
];

export const SUMMARY_SECTIONS: readonly SummarySectionDefinition[] = Object.freeze(
  SECTIONS.map((s) => Object.freeze({ key: s.key, title: s.title, indicators: Object.freeze([...s.indicators]) })),
);

/** A fresh copy for a document, so no document shares (or can change) the constant. */
export const sectionsForDocument = (): SummarySection[] =>
  SUMMARY_SECTIONS.map((s) => ({ key: s.key, title: s.title, indicators: [...s.indicators] }));
