import type { meeting } from '@assocflow/domain';
import type {
  ActivitySummaryRecord,
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
} from './summary.document';

/**
 * What one record adds to the figures of one year: one function per aggregate family. A record
 * adds only through the dates that fall in the year (a grant: its award and its conclusion; a
 * report: its issue and its submissions), so the same record gives each year its own part.
 */

const inYear = (date: string | undefined, year: number): boolean => date !== undefined && Number(date.slice(0, 4)) === year;
const exact = (value: number): IndicatorValue => ({ value, approximate: false });

/** Builds a contribution, leaving out what adds nothing (zero and exact). */
function contribution(parts: [SummaryIndicatorKey, IndicatorValue | undefined][]): Contribution {
  const out: Contribution = {};
  for (const [key, part] of parts) {
    if (!part || (part.value === 0 && !part.approximate)) continue;
    const before = out[key];
    out[key] = before
      ? { value: before.value + part.value, approximate: before.approximate || part.approximate }
      : { value: part.value, approximate: part.approximate };
  }
  return out;
}

export function activityContribution(r: ActivitySummaryRecord, year: number): Contribution {
  if (!inYear(r.on, year)) return {};
  // A backfill's sessions may be a lower bound (100余场).
  const sessions: IndicatorValue = { value: r.sessions, approximate: r.sessionsApproximate === true };
  // A held competition or welfare activity is one; a backfill states how many (its sessions).
  const held = r.backfill ? sessions : exact(1);
  const cmeProjects = r.backfill ? (r.cmeCreditProjects ?? 0) : r.cmeCreditProject ? 1 : 0;
  switch (r.kind) {
    case 'academic':
      return contribution([
        ['academic.sessions', sessions],
        ['academic.sessionsOnline', exact(r.onlineSessions)],
        ['academic.participants', r.participants],
      ]);
    case 'training':
      return contribution([
        ['training.sessions', sessions],
        ['training.participants', r.participants],
        ['training.cmeProjects', exact(cmeProjects)],
        ['training.passed', exact(r.passed ?? 0)],
      ]);
    case 'competition':
      return contribution([
        ['competition.count', held],
        ['competition.participants', r.participants],
      ]);
    case 'welfare':
      return contribution([
        ['welfare.activities', held],
        ['welfare.peopleServed', r.peopleServed],
      ]);
    case 'study':
      return contribution([['party.studySessions', sessions]]);
    case 'exchange':
      return {};
  }
}

export function grantContribution(r: GrantSummaryRecord, year: number): Contribution {
  const awarded = inYear(r.awardedOn, year);
  return contribution([
    ['grants.awarded', awarded ? exact(r.awardedCount ?? 1) : undefined],
    ['grants.amountYuan', awarded ? exact(r.amountYuan ?? 0) : undefined],
    ['grants.concluded', inYear(r.concludedOn, year) ? exact(1) : undefined],
    ['grants.externalWon', inYear(r.externalWonOn, year) ? exact(1) : undefined],
  ]);
}

const PERIODICAL: readonly string[] = ['journal-issue', 'newsletter'];

/** A draft (征求意见稿) is not issued: it counts once a correction publishes it. */
export function reportContribution(r: ReportSummaryRecord, year: number): Contribution {
  const issued = inYear(r.issuedOn, year) && r.published === true;
  return contribution([
    ['reports.issued', issued ? exact(1) : undefined],
    ['reports.surveys', issued && r.kind === 'survey' ? exact(1) : undefined],
    ['reports.standards', issued && r.kind === 'standard' ? exact(1) : undefined],
    ['publications.issues', issued && PERIODICAL.includes(r.kind ?? '') ? exact(r.issues ?? 1) : undefined],
    ['publications.copies', issued ? exact(r.copies ?? 0) : undefined],
    // A report counts once in a year however many bodies it went to.
    ['reports.submitted', r.submittedOn.some((d) => inYear(d, year)) ? exact(1) : undefined],
  ]);
}

export function publicationsContribution(r: PublicationsSummaryRecord, year: number): Contribution {
  if (!inYear(r.on, year)) return {};
  return contribution([
    ['publications.issues', r.issues],
    ['publications.copies', r.copies],
    ['publications.posts', r.posts],
  ]);
}

/** Honors to the organization or its branches; a person's honor is kept but adds nothing. */
export function honorContribution(r: HonorSummaryRecord, year: number): Contribution {
  return inYear(r.on, year) && r.recipient !== 'person' ? { 'honors.received': exact(1) } : {};
}

const MEETING_INDICATOR: Partial<Record<meeting.MeetingBody, SummaryIndicatorKey>> = {
  'general-assembly': 'meetings.generalAssembly',
  council: 'meetings.council',
  'standing-council': 'meetings.standingCouncil',
  'president-office': 'meetings.presidentOffice',
};

/** A branch's own committee meetings (`branch-<id>`) are not in the organization's figures. */
export function meetingContribution(r: MeetingSummaryRecord, year: number): Contribution {
  const key = MEETING_INDICATOR[r.body];
  return inYear(r.on, year) && key ? { [key]: exact(r.count ?? 1) } : {};
}

export function regulationContribution(r: RegulationSummaryRecord, year: number): Contribution {
  if (!inYear(r.on, year)) return {};
  return contribution([[r.mode === 'revised' ? 'regulations.revised' : 'regulations.adopted', { value: r.count, approximate: r.approximate === true }]]);
}

export function partyUnitContribution(r: PartyUnitSummaryRecord, year: number): Contribution {
  return inYear(r.on, year) ? { 'party.unitsFounded': exact(r.count ?? 1) } : {};
}

export function contributionOf(record: SummaryRecord, year: number): Contribution {
  switch (record.family) {
    case 'activity':
      return activityContribution(record, year);
    case 'grant':
      return grantContribution(record, year);
    case 'report':
      return reportContribution(record, year);
    case 'publications':
      return publicationsContribution(record, year);
    case 'honor':
      return honorContribution(record, year);
    case 'meeting':
      return meetingContribution(record, year);
    case 'regulation':
      return regulationContribution(record, year);
    case 'party-unit':
      return partyUnitContribution(record, year);
  }
}

/** Every year a record can add to: a document keeps the record while it touches its year. */
export function yearsOfRecord(record: SummaryRecord): number[] {
  const dates: (string | undefined)[] =
    record.family === 'grant'
      ? [record.awardedOn, record.concludedOn, record.externalWonOn]
      : record.family === 'report'
        ? [record.issuedOn, ...record.submittedOn]
        : [record.on];
  const years = dates.filter((d): d is string => typeof d === 'string').map((d) => Number(d.slice(0, 4)));
  return [...new Set(years)].sort((a, b) => a - b);
}
