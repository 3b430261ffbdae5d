import type { indicator, operations, work } from '@assocflow/domain';
import type { Projection, ProjectedEvent } from '../projection';
import { touchesYear } from './contributions';
import { applyContribution, indicatorsOf } from './indicators';
import { yearOfDate } from './dates';
import { documentKeyOf, parseDocumentKey, yearOfEvent, yearsTouched } from './keys';
import { isBranchEvent, isMemberEvent, withBranchEvent, withMemberEvent, withMembershipTotals, withWorkPlanEvent } from './ledger';
import { planVsActualOf } from './plan-vs-actual';
import { compact } from '../shared/document-helpers';
import { recordChangeOf } from './records';
import { withRegulationSet } from './regulation-sets';
import { withRankingEvent } from './rankings';
import { sectionsForDocument } from './sections';
import type {
  BranchEntry,
  CustomIndicator,
  FoundedBranch,
  SummaryLedger,
  SummaryRecord,
  WorkLine,
  YearlySummaryDocument,
} from './summary.document';

export const YEARLY_SUMMARY_EVENT_TYPES = [
  // activity
  'TrainingHeld',
  'AcademicEventHeld',
  'CompetitionHeld',
  'PublicWelfareActivityHeld',
  'ExchangeVisitHeld',
  'StudySessionHeld',
  'ActivitiesBackfilled',
  'ActivityRecordCorrected',
  'ActivityRecordRetracted',
  // grant
  'GrantAwarded',
  'GrantConcluded',
  'ExternalGrantWon',
  'GrantsAwardedBackfilled',
  'GrantRecordCorrected',
  'GrantRecordRetracted',
  // report
  'ReportIssued',
  'ReportSubmitted',
  'PublicationsBackfilled',
  'ReportRecordCorrected',
  'ReportRecordRetracted',
  // honor, meeting, organization
  'HonorReceived',
  'HonorAwarded',
  'HonorRecordRetracted',
  'MeetingHeld',
  'MeetingsBackfilled',
  'RegulationAdopted',
  'PartyUnitFounded',
  // alliance
  'AllianceFounded',
  // work records
  'WorkRecorded',
  'WorkRecordCorrected',
  'WorkRecordRetracted',
  // rankings
  'RankingRecorded',
  'RankingCorrected',
  'RankingRetracted',
  // branch
  'BranchFounded',
  'BranchRegistered',
  'BranchTermRenewed',
  'BranchRenewalPostponed',
  'BranchLeadershipChanged',
  'PartyGroupFormed',
  'BranchDissolved',
  'BranchPreparationApproved',
  'BranchSubgroupSetUp',
  // member, membership
  'MemberJoined',
  'DuesPaid',
  'MemberLeft',
  'MembershipTotalsRecorded',
  'MembershipTotalsCorrected',
  // hospital operations
  'OperatingStatisticsRecorded',
  // indicator, work plan
  'IndicatorRecorded',
  'WorkPlanAdopted',
  'WorkPlanAmended',
  'TargetLinked',
] as const;

const HANDLED: ReadonlySet<string> = new Set(YEARLY_SUMMARY_EVENT_TYPES);

type LedgerPart = 'branch' | 'member' | 'membership' | 'plan' | 'indicator' | 'operations' | 'ranking';

function ledgerPartOf(type: string): LedgerPart | undefined {
  if (isBranchEvent(type)) return 'branch';
  if (isMemberEvent(type)) return 'member';
  if (type === 'MembershipTotalsRecorded' || type === 'MembershipTotalsCorrected') return 'membership';
  if (type === 'WorkPlanAdopted' || type === 'WorkPlanAmended' || type === 'TargetLinked') return 'plan';
  if (type === 'IndicatorRecorded') return 'indicator';
  if (type === 'OperatingStatisticsRecorded') return 'operations';
  if (type.startsWith('Ranking')) return 'ranking';
  return undefined;
}

/** What part of the ledger an event changes (records otherwise): one lookup per event. */
const FAMILY: ReadonlyMap<string, LedgerPart> = new Map(
  YEARLY_SUMMARY_EVENT_TYPES.flatMap((type): [string, LedgerPart][] => {
    const part = ledgerPartOf(type);
    return part ? [[type, part]] : [];
  }),
);

const emptyLedger = (): SummaryLedger => ({ eventsInYear: 0, recordsFromOtherYears: 0, totals: {}, branches: {}, members: {} });

/**
 * Branches founded in the year by date, those of one day in the order they were recorded: the
 * branches table keeps the order branches were first seen, and a founding is a branch's first
 * event (a report lists them as the source document did).
 */
function foundedInOrder(ledger: SummaryLedger, year: number): FoundedBranch[] {
  return Object.values(ledger.branches)
    .filter((b): b is BranchEntry & { foundedOn: string } => b.foundedOn !== undefined && yearOfDate(b.foundedOn) === year)
    .sort((a, b) => (a.foundedOn < b.foundedOn ? -1 : a.foundedOn > b.foundedOn ? 1 : 0))
    .map((b) => ({ name: (b.name ?? '').trim(), foundedOn: b.foundedOn }));
}

/** The public part of the document, derived from the ledger (and the custom figures). */
function documentOf(tenant: string, year: number, ledger: SummaryLedger, custom: Record<string, CustomIndicator>): YearlySummaryDocument {
  const indicators = indicatorsOf(ledger, year);
  const planVsActual = planVsActualOf(ledger, year, indicators);
  const recorded = ledger.eventsInYear > 0 || ledger.recordsFromOtherYears > 0;
  const branchesFounded = foundedInOrder(ledger, year);
  return {
    tenant,
    year,
    recorded,
    indicators,
    ...(ledger.operations ? { operations: ledger.operations } : {}),
    ...(ledger.work && Object.keys(ledger.work).length ? { work: Object.values(ledger.work) } : {}),
    ...(ledger.regulationSets && Object.keys(ledger.regulationSets).length ? { regulationSets: Object.values(ledger.regulationSets) } : {}),
    ...(ledger.rankings && Object.keys(ledger.rankings).length ? { rankings: Object.values(ledger.rankings) } : {}),
    custom,
    sections: sectionsForDocument(),
    ...(planVsActual ? { planVsActual } : {}),
    branchesFounded,
    ledger,
  };
}

const touches = (record: SummaryRecord | undefined, year: number): number => (record && touchesYear(record, year) ? 1 : 0);

/**
 * Applies what an event changes of a record: the running totals trade the record's contribution
 * before the event for the one after it. The event carries both (see records.ts), so the ledger
 * keeps no record. It is updated in place: a document belongs to the fold applying events to it
 * (Projection.evolve).
 */
function withRecordEvent(ledger: SummaryLedger, event: ProjectedEvent, year: number): SummaryLedger {
  const change = recordChangeOf(event);
  if (!change) return ledger;
  const { before, after } = change;
  if (before) applyContribution(ledger, before, year, -1);
  if (after) applyContribution(ledger, after, year, 1);
  // A correction of another year moving a record into this one (or out of it) makes the year recorded (or not).
  if (yearOfEvent(event) !== year) ledger.recordsFromOtherYears += touches(after, year) - touches(before, year);
  return ledger;
}

const WORK_EVENTS: ReadonlySet<string> = new Set(['WorkRecorded', 'WorkRecordCorrected', 'WorkRecordRetracted']);

/** The year's work lines: a record is kept while its date is in the year, as it last stood. */
function withWorkLine(ledger: SummaryLedger, event: ProjectedEvent, year: number): SummaryLedger {
  const d = event.data as unknown as { recordId: string; record?: work.WorkRecord } & Partial<work.WorkRecord>;
  const record: Partial<work.WorkRecord> | undefined =
    event.type === 'WorkRecorded' ? d : event.type === 'WorkRecordCorrected' ? d.record : undefined;
  const lines = { ...(ledger.work ?? {}) };
  delete lines[d.recordId];
  const date = record && (record.on ?? (record.year !== undefined ? `${record.year}-12-31` : undefined));
  if (record?.measure && record.count && date && yearOfDate(date) === year) {
    const line: WorkLine = {
      recordId: d.recordId,
      measure: record.measure,
      count: record.count,
      ...(record.title ? { title: record.title } : {}),
    };
    // A correction keeps the record's place in the order recorded.
    if (ledger.work?.[d.recordId]) return { ...ledger, work: { ...ledger.work, [d.recordId]: line } };
    lines[d.recordId] = line;
  }
  return { ...ledger, work: lines };
}

function withCustomIndicator(custom: Record<string, CustomIndicator>, event: ProjectedEvent): Record<string, CustomIndicator> {
  const d = event.data as unknown as indicator.IndicatorRecorded['data'];
  // The latest recording wins: a correction is a new recording with `previous`.
  return {
    ...custom,
    [`custom.${d.key}`]: compact({
      label: d.label,
      unit: d.unit,
      value: d.value.value,
      approximate: d.value.approximate,
      marker: d.value.marker,
    }),
  };
}

export const yearlySummaryProjection: Projection<YearlySummaryDocument> = {
  name: 'yearly-summary',
  /**
   * 2: documents say whether anything is recorded for their year (`recorded`, `ledger.eventsInYear`).
   * 3: documents name the branches founded in the year (`branchesFounded`).
   * 4: the ledger is kept in the fold's state, no longer in the served document.
   * 5: branches founded on one day are named in the order they were recorded, not by id.
   * 6: the ledger keeps running totals instead of each record's contribution.
   * 7: the ledger keeps no records: events carry the record before and after (corrections, retractions, submissions).
   * 9: work records (工作记录): work.<measure> figures, and the year's work lines for the report.
   * 10: regulations by named set (`regulationSets`); operating figures keep their parts (其中); rankings (排名):
   *   the year's rankings with their ranks by scope, for the report (no indicator: ranks do not sum); honors
   *   received by staff and by members' projects (honors.staffHonored, honors.memberProjectsHonored).
   */
  version: 10,
  handles: YEARLY_SUMMARY_EVENT_TYPES,

  keysOf(event) {
    const tenant = event.metadata?.tenant;
    if (typeof tenant !== 'string' || tenant === '' || !HANDLED.has(event.type)) return [];
    return yearsTouched(event).map((year) => documentKeyOf(tenant, year));
  },

  initial(key) {
    const { tenant, year } = parseDocumentKey(key);
    return documentOf(tenant, year, emptyLedger(), {});
  },

  evolve(doc, event) {
    const { year } = doc;
    if (!HANDLED.has(event.type)) return doc;
    let ledger = doc.ledger;
    if (yearOfEvent(event) === year) ledger.eventsInYear += 1;
    let custom = doc.custom;
    switch (FAMILY.get(event.type)) {
      case 'branch':
        ledger = withBranchEvent(ledger, event);
        break;
      case 'member':
        ledger = withMemberEvent(ledger, event);
        break;
      case 'membership':
        ledger = withMembershipTotals(ledger, event);
        break;
      case 'plan':
        ledger = withWorkPlanEvent(ledger, event);
        break;
      case 'indicator':
        custom = withCustomIndicator(custom, event);
        break;
      case 'operations':
        // The latest recording of the year replaces the earlier one whole.
        ledger = { ...ledger, operations: (event.data as unknown as operations.OperatingStatisticsRecorded['data']).figures };
        break;
      case 'ranking':
        ledger = withRankingEvent(ledger, event);
        break;
      default:
        ledger = withRecordEvent(ledger, event, year);
        if (WORK_EVENTS.has(event.type)) ledger = withWorkLine(ledger, event, year);
        if (event.type === 'RegulationAdopted') ledger = withRegulationSet(ledger, event, year);
    }
    // The figures are derived once per batch, in finalize, from the running totals.
    doc.ledger = ledger;
    doc.custom = custom;
    return doc;
  },

  finalize(doc) {
    return documentOf(doc.tenant, doc.year, doc.ledger, doc.custom);
  },

  /** Reads get the figures; the ledger they are derived from stays in the fold's state. */
  serve({ ledger: _ledger, ...served }) {
    return served;
  },
};
