import { work, type CountMarker, type meeting, type PeopleUnit } from '@assocflow/domain';
import { inYear, yearOf } from './dates';
import type {
  ActivitySummaryRecord,
  AllianceSummaryRecord,
  Contribution,
  GrantSummaryRecord,
  HonorSummaryRecord,
  IndicatorValue,
  MeetingSummaryRecord,
  PartyUnitSummaryRecord,
  PublicationsSummaryRecord,
  RegulationSummaryRecord,
  ReportSummaryRecord,
  SummaryIndicatorKey,
  SummaryRecord,
  WorkSummaryRecord,
} from './summary.document';

/**
 * What one record adds to the figures of one year: one function per aggregate family. A record
 * adds only through the dates that fall in the year (a grant: its award and its conclusion; a
 * report: its issue and its submissions), so the same record gives each year its own part.
 * Each function hands its parts to a sink (the running totals, or a Contribution for tests and
 * reports) instead of building objects: the fold runs it twice per correction, once per event.
 */
export type ContributionSink = (key: SummaryIndicatorKey, value: number, approximate: boolean, form?: PartForm) => void;

/** The form a part was stated in, when its source said (近300人). */
export interface PartForm {
  marker?: CountMarker;
  unit?: PeopleUnit;
}

/** Hands a part to the sink unless it adds nothing (zero and exact). */
function part(add: ContributionSink, key: SummaryIndicatorKey, value: number, approximate: boolean, form?: PartForm): void {
  if (value !== 0 || approximate) add(key, value, approximate, form);
}
const counted = (add: ContributionSink, key: SummaryIndicatorKey, v: IndicatorValue | undefined): void => {
  if (v)
    part(add, key, v.value, v.approximate, v.marker !== undefined || v.unit !== undefined ? { marker: v.marker, unit: v.unit } : undefined);
};

export function activityContribution(r: ActivitySummaryRecord, year: number, add: ContributionSink): void {
  if (!inYear(r.on, year)) return;
  // A backfill's sessions may be a lower bound (100余场).
  const sessionsApproximate = r.sessionsApproximate === true;
  // A held competition or welfare activity is one; a backfill states how many (its sessions).
  const held = r.backfill ? r.sessions : 1;
  const heldApproximate = r.backfill && sessionsApproximate;
  switch (r.kind) {
    case 'academic':
      part(add, 'academic.sessions', r.sessions, sessionsApproximate);
      part(add, 'academic.sessionsOnline', r.onlineSessions, false);
      counted(add, 'academic.participants', r.participants);
      return;
    case 'training':
      part(add, 'training.sessions', r.sessions, sessionsApproximate);
      counted(add, 'training.participants', r.participants);
      part(add, 'training.cmeProjects', r.backfill ? (r.cmeCreditProjects ?? 0) : r.cmeCreditProject ? 1 : 0, false);
      part(add, 'training.passed', r.passed ?? 0, false);
      return;
    case 'competition':
      part(add, 'competition.count', held, heldApproximate);
      counted(add, 'competition.participants', r.participants);
      return;
    case 'welfare':
      part(add, 'welfare.activities', held, heldApproximate);
      counted(add, 'welfare.peopleServed', r.peopleServed);
      return;
    case 'study':
      part(add, 'party.studySessions', r.sessions, sessionsApproximate);
      return;
    case 'exchange':
      // A held visit is one; a backfill states how many (its sessions, 4场会员面对面).
      part(add, 'exchange.visits', held, heldApproximate);
      counted(add, 'exchange.participants', r.participants);
      return;
  }
}

export function grantContribution(r: GrantSummaryRecord, year: number, add: ContributionSink): void {
  if (inYear(r.awardedOn, year)) {
    part(add, 'grants.awarded', r.awardedCount ?? 1, false);
    part(add, 'grants.awardedYouth', r.youthCount ?? 0, false);
    part(add, 'grants.amountYuan', r.amountYuan ?? 0, false);
  }
  if (inYear(r.concludedOn, year)) part(add, 'grants.concluded', 1, false);
  if (inYear(r.externalWonOn, year)) {
    part(add, 'grants.externalWon', 1, false);
    part(add, 'grants.externalAmountYuan', r.externalAmountYuan ?? 0, false);
  }
}

const PERIODICAL: readonly string[] = ['journal-issue', 'newsletter'];

/** A draft (征求意见稿) is not issued: it counts once a correction publishes it. Periodicals count as publications only. */
export function reportContribution(r: ReportSummaryRecord, year: number, add: ContributionSink): void {
  if (inYear(r.issuedOn, year) && r.published === true) {
    // A journal issue or newsletter is a publication, not one of the reports issued: the report never mixes them.
    if (!PERIODICAL.includes(r.kind ?? '')) part(add, 'reports.issued', 1, false);
    if (r.kind === 'survey') part(add, 'reports.surveys', 1, false);
    if (r.kind === 'standard') part(add, 'reports.standards', 1, false);
    if (PERIODICAL.includes(r.kind ?? '')) part(add, 'publications.issues', r.issues ?? 1, false);
    part(add, 'publications.copies', r.copies ?? 0, false);
  }
  // A report counts once in a year however many bodies it went to.
  if (r.submittedOn.some((d) => inYear(d, year))) part(add, 'reports.submitted', 1, false);
}

export function publicationsContribution(r: PublicationsSummaryRecord, year: number, add: ContributionSink): void {
  if (!inYear(r.on, year)) return;
  counted(add, 'publications.issues', r.issues);
  counted(add, 'publications.copies', r.copies);
  counted(add, 'publications.posts', r.posts);
}

const COUNTED_RECIPIENTS = { staff: 'honors.staffHonored', 'member-projects': 'honors.memberProjectsHonored' } as const;

/**
 * Honors to the organization or its branches (a person's is kept but adds nothing); its staff
 * and its members' projects honored, by how many (54人次, 5个项目); honors it awarded, by how
 * many received them.
 */
export function honorContribution(r: HonorSummaryRecord, year: number, add: ContributionSink): void {
  if (!inYear(r.on, year)) return;
  if (r.awardees) counted(add, 'honors.awarded', r.awardees);
  else if (r.recipient === 'staff' || r.recipient === 'member-projects') counted(add, COUNTED_RECIPIENTS[r.recipient], r.recipients);
  else if (r.recipient !== 'person') part(add, 'honors.received', 1, false);
}

const MEETING_INDICATOR: Partial<Record<meeting.MeetingBody, SummaryIndicatorKey>> = {
  'general-assembly': 'meetings.generalAssembly',
  council: 'meetings.council',
  'standing-council': 'meetings.standingCouncil',
  'president-office': 'meetings.presidentOffice',
};

/**
 * The organization's own bodies each have their figure; a branch's committee meetings
 * (`branch-<id>`: 分会委员会, 年会) count together, apart from them. Conferences do not count.
 */
export function meetingContribution(r: MeetingSummaryRecord, year: number, add: ContributionSink): void {
  const key = MEETING_INDICATOR[r.body] ?? (r.body.startsWith('branch-') ? 'meetings.branch' : undefined);
  if (inYear(r.on, year) && key) part(add, key, r.count ?? 1, false);
}

export function regulationContribution(r: RegulationSummaryRecord, year: number, add: ContributionSink): void {
  if (inYear(r.on, year)) part(add, r.mode === 'revised' ? 'regulations.revised' : 'regulations.adopted', r.count, r.approximate === true);
}

export function partyUnitContribution(r: PartyUnitSummaryRecord, year: number, add: ContributionSink): void {
  if (!inYear(r.on, year)) return;
  part(add, 'party.unitsFounded', r.count ?? 1, false);
  // Of them, by kind (其中党总支5个、党支部18个).
  if (r.kind === 'general-branch') part(add, 'party.generalBranchesFounded', r.count ?? 1, false);
  if (r.kind === 'branch') part(add, 'party.branchesFounded', r.count ?? 1, false);
}

export function allianceContribution(r: AllianceSummaryRecord, year: number, add: ContributionSink): void {
  if (!inYear(r.on, year)) return;
  part(add, 'alliances.founded', 1, false);
  counted(add, 'alliances.members', r.members);
}

/** A work record adds its figure to its measure's (records of one measure in a year sum: 余, 近 … kept). */
export function workContribution(r: WorkSummaryRecord, year: number, add: ContributionSink): void {
  if (inYear(r.on, year)) counted(add, work.workIndicatorKey(r.measure), r.count);
}

/** Hands every part a record adds to `year` to the sink. */
export function contribute(record: SummaryRecord, year: number, add: ContributionSink): void {
  switch (record.family) {
    case 'activity':
      return activityContribution(record, year, add);
    case 'grant':
      return grantContribution(record, year, add);
    case 'report':
      return reportContribution(record, year, add);
    case 'publications':
      return publicationsContribution(record, year, add);
    case 'honor':
      return honorContribution(record, year, add);
    case 'meeting':
      return meetingContribution(record, year, add);
    case 'regulation':
      return regulationContribution(record, year, add);
    case 'party-unit':
      return partyUnitContribution(record, year, add);
    case 'alliance':
      return allianceContribution(record, year, add);
    case 'work':
      return workContribution(record, year, add);
  }
}

/** What a record adds to `year`, as one value per figure (parts of one figure summed). */
export function contributionOf(record: SummaryRecord, year: number): Contribution {
  const out: Contribution = {};
  contribute(record, year, (key, value, approximate) => {
    const before = out[key];
    out[key] = before ? { value: before.value + value, approximate: before.approximate || approximate } : { value, approximate };
  });
  return out;
}

/** Every year a record can add to: a document keeps the record while it touches its year. */
export function yearsOfRecord(record: SummaryRecord): number[] {
  const dates: (string | undefined)[] =
    record.family === 'grant'
      ? [record.awardedOn, record.concludedOn, record.externalWonOn]
      : record.family === 'report'
        ? [record.issuedOn, ...record.submittedOn]
        : [record.on];
  const years = dates.filter((d): d is string => typeof d === 'string').map(yearOf);
  return [...new Set(years)].sort((a, b) => a - b);
}

/** Whether a record adds to `year` through any of its dates (yearsOfRecord(record).includes(year), without the arrays). */
export function touchesYear(record: SummaryRecord, year: number): boolean {
  switch (record.family) {
    case 'grant':
      return inYear(record.awardedOn, year) || inYear(record.concludedOn, year) || inYear(record.externalWonOn, year);
    case 'report':
      return inYear(record.issuedOn, year) || record.submittedOn.some((d) => inYear(d, year));
    default:
      return inYear(record.on, year);
  }
}
