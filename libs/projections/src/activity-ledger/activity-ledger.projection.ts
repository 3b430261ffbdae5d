import { activity, sumCounts } from '@assocflow/domain';
import { compact, validYear, drop, yearOfDate, put } from '../shared/document-helpers';
import type { ProjectedEvent, Projection } from '../projection';
import type { ActivitiesByMonthAndKind, ActivityLedgerDoc, ActivityLedgerRow, ActivityTally, TallyByKind } from './activity-ledger.types';

/**
 * 活动台账 per tenant and year: one row per activity held in the year (by the day held) and per
 * total backfilled for it, with corrections and retractions applied.
 *
 * Corrections and retractions carry the record as it stands (`record`, `previousOccurredOn`):
 * they go to the year the record was filed under and the year it is filed under now, so an
 * activity whose day held is corrected into another year leaves the one and joins the other.
 * One without the record (none is recorded so) names no year, and is ignored, as the yearly
 * summary ignores it.
 */
export const ACTIVITY_LEDGER_HANDLES = activity.ACTIVITY_EVENT_TYPES;

type HeldData = activity.ActivityHeldEvent['data'] & activity.TrainingFacts & activity.CompetitionFacts & activity.WelfareFacts;
type BackfillData = activity.ActivitiesBackfilled['data'];

export const activityLedgerKey = (tenant: string, year: number): string => `${tenant}/${year}`;

const HELD_KIND: Record<string, activity.ActivityKind | undefined> = activity.ACTIVITY_KIND_OF_EVENT;

function heldRow(kind: activity.ActivityKind, d: HeldData): ActivityLedgerRow {
  return compact({
    activityId: d.activityId,
    kind,
    title: d.title,
    occurredOn: d.occurredOn,
    endedOn: d.endedOn,
    organizer: d.organizer,
    sessions: d.sessions,
    onlineSessions: d.onlineSessions,
    mode: d.mode,
    participants: d.participants,
    passed: d.passed,
    cmeCreditProject: d.cmeCreditProject,
    teams: d.teams,
    peopleServed: d.peopleServed,
    reach: d.reach,
    series: d.series,
  });
}

function backfilledRow(d: BackfillData): ActivityLedgerRow {
  return compact({
    activityId: d.activityId,
    kind: d.activityKind,
    occurredOn: d.occurredOn,
    sessions: d.sessions ?? 0,
    sessionsUnstated: d.sessions === undefined ? (true as const) : undefined,
    byBranches: d.byBranches,
    onlineSessions: d.onlineSessions,
    participants: d.participants,
    peopleServed: d.peopleServed,
    backfilled: true as const,
    title: d.title,
    note: d.note,
    source: d.source,
    sessionsApproximate: d.sessionsApproximate,
    cmeCreditProjects: d.cmeCreditProjects,
  });
}

/** The row of a record as a correction or retraction carries it. */
export function rowOfRecord(record: activity.ActivityRecord): ActivityLedgerRow {
  return record.status === 'held' ? heldRow(record.kind, record.data) : backfilledRow(record.data);
}

/** The year a row is filed under: a total's own year, else the year of the day held. */
const yearOfRow = (row: ActivityLedgerRow): number | undefined => yearOfDate(row.occurredOn);

/** The record a correction or retraction carries, when it does. */
function carriedRecord(event: ProjectedEvent): activity.ActivityRecord | undefined {
  const record = (event.data as { record?: unknown }).record as activity.ActivityRecord | undefined;
  if (!record || typeof record !== 'object' || !record.data || typeof record.data !== 'object') return undefined;
  return record.status === 'held' || record.status === 'backfilled' ? record : undefined;
}

function keysOf(event: ProjectedEvent): string[] {
  const tenant = event.metadata?.tenant;
  if (!tenant) return [];
  const data = event.data as Record<string, unknown>;
  let years: unknown[];
  if (HELD_KIND[event.type]) years = [yearOfDate(data.occurredOn)];
  else if (event.type === 'ActivitiesBackfilled') years = [data.year];
  else if (event.type === 'ActivityRecordCorrected' || event.type === 'ActivityRecordRetracted') {
    const record = carriedRecord(event);
    years = record ? [yearOfDate(data.previousOccurredOn), yearOfRow(rowOfRecord(record))] : [];
  } else return [];
  return [...new Set(years.filter(validYear))].map((y) => activityLedgerKey(tenant, y));
}

function initial(key: string): ActivityLedgerDoc {
  const cut = key.lastIndexOf('/');
  return { tenant: key.slice(0, cut), year: Number(key.slice(cut + 1)), activities: {} };
}

/** Files the row when it belongs to this year, and lets it go when it does not. */
function file(doc: ActivityLedgerDoc, row: ActivityLedgerRow): ActivityLedgerDoc {
  if (yearOfRow(row) === doc.year) return { ...doc, activities: put(doc.activities, row.activityId, row) };
  return { ...doc, activities: drop(doc.activities, row.activityId) };
}

function evolve(doc: ActivityLedgerDoc, event: ProjectedEvent): ActivityLedgerDoc {
  const id = (event.data as { activityId?: unknown }).activityId;
  if (typeof id !== 'string') return doc;
  const kind = HELD_KIND[event.type];
  // An activity is recorded once (its stream refuses a second record): its row is filed without looking for an earlier one.
  if (kind) return file(doc, heldRow(kind, event.data as unknown as HeldData));
  switch (event.type) {
    case 'ActivitiesBackfilled':
      return file(doc, backfilledRow(event.data as unknown as BackfillData));
    case 'ActivityRecordCorrected': {
      const record = carriedRecord(event);
      return record ? file(doc, { ...rowOfRecord(record), activityId: id }) : doc;
    }
    case 'ActivityRecordRetracted':
      return { ...doc, activities: drop(doc.activities, id) };
    default:
      return doc;
  }
}

export const activityLedgerProjection: Projection<ActivityLedgerDoc> = {
  name: 'activity-ledger',
  version: 4,
  handles: ACTIVITY_LEDGER_HANDLES,
  keysOf,
  initial,
  evolve: (doc, event) => evolve(doc, event),
  // A year's ledger is thousands of rows: the runner keeps them as a hash and touches only the event's.
  // Every event sets or removes its activity's row whole (corrections carry the record): rows are written without being read.
  rows: { table: 'activities', idsOf: (event) => (typeof event.data.activityId === 'string' ? [event.data.activityId] : []), blind: true },
};

/** The year's rows by the day held (totals last), then by id. */
export function listActivities(doc: ActivityLedgerDoc, kind?: activity.ActivityKind): ActivityLedgerRow[] {
  const order = (r: ActivityLedgerRow) => `${r.backfilled ? 1 : 0}${r.occurredOn}`;
  return Object.values(doc.activities)
    .filter((r) => kind === undefined || r.kind === kind)
    .sort((a, b) =>
      order(a) !== order(b) ? (order(a) < order(b) ? -1 : 1) : a.activityId < b.activityId ? -1 : a.activityId > b.activityId ? 1 : 0,
    );
}

export const ACTIVITY_KINDS = [
  'training',
  'academic',
  'competition',
  'welfare',
  'exchange',
  'study',
] as const satisfies readonly activity.ActivityKind[];

const noTally = (): ActivityTally => ({ activities: 0, sessions: 0, participants: { value: 0, approximate: false } });
const noTallies = (): TallyByKind => Object.fromEntries(ACTIVITY_KINDS.map((k) => [k, noTally()])) as TallyByKind;

function add(tally: ActivityTally, row: ActivityLedgerRow): void {
  tally.activities += 1;
  tally.sessions += row.sessions;
  tally.participants = sumCounts([tally.participants, row.participants]);
}

/** Sessions and participants per month (1..12, of the day held) and kind; backfilled totals apart, as `wholeYear`. */
export function activitiesByMonthAndKind(doc: ActivityLedgerDoc): ActivitiesByMonthAndKind {
  const months = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, kinds: noTallies() }));
  const wholeYear = noTallies();
  for (const row of Object.values(doc.activities)) {
    if (row.backfilled) add(wholeYear[row.kind], row);
    else add(months[Number(row.occurredOn.slice(5, 7)) - 1].kinds[row.kind], row);
  }
  return { year: doc.year, months, wholeYear };
}
