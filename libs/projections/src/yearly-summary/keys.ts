import type { ProjectedEvent } from '../projection';
import { yearsOfRecord } from './contributions';
import { isBranchEvent, isMemberEvent } from './ledger';
import { yearOfDate } from './dates';
import { recordChangeOf } from './records';
import { validYear } from '../shared/document-helpers';

/**
 * Which year documents an event changes.
 *
 * Year-end figures (active branches, branches with a party group, overdue renewals, members at
 * year end) depend on everything that happened before, in earlier years too, but `evolve` sees
 * one document and the event. So a branch or member event goes to its own year's document and
 * to the CARRY_FORWARD_YEARS documents after it: each document keeps its own table of branches
 * and members, built from every such event up to its year's end. Cost: every branch and member
 * event is written to 11 documents and each document carries those tables; documents of future
 * years exist (their year-end figures are as known today); and a fact older than the horizon is
 * unknown to a document: a branch or member with no event in the 10 years up to a year's end
 * is not counted in it (a term lasts at most 5 years, so a branch that renews, or is overdue and
 * postponed, keeps itself known; yearly dues keep a member known), and a party group formed
 * more than 10 years before is not counted as one.
 */
export const CARRY_FORWARD_YEARS = 10;

/** Events whose `data.year` names the year they belong to (totals, plans, organization-defined figures). */
const YEAR_SCOPED: ReadonlySet<string> = new Set([
  'ActivitiesBackfilled',
  'GrantsAwardedBackfilled',
  'PublicationsBackfilled',
  'MembershipTotalsRecorded',
  'MembershipTotalsCorrected',
  'IndicatorRecorded',
  'WorkPlanAdopted',
  'WorkPlanAmended',
  'TargetLinked',
  'MeetingsBackfilled',
  'OperatingStatisticsRecorded',
  'WorkRecorded',
  'RankingRecorded',
  'RankingCorrected',
  'RankingRetracted',
]);

/** Events that change a record of another day than their own: they go to every year of the record before and after. */
const CORRECTIONS: ReadonlySet<string> = new Set([
  'ActivityRecordCorrected',
  'ActivityRecordRetracted',
  'GrantRecordCorrected',
  'GrantRecordRetracted',
  'ReportRecordCorrected',
  'ReportRecordRetracted',
  'HonorRecordRetracted',
  'WorkRecordCorrected',
  'WorkRecordRetracted',
]);

/** The year of the business date, or the year a year-scoped event names. */
export function yearOfEvent(event: ProjectedEvent): number | undefined {
  const stated = (event.data as { year?: unknown }).year;
  if (typeof stated === 'number' && YEAR_SCOPED.has(event.type) && validYear(stated)) return stated;
  return yearOfDate(event.metadata.occurredAt) ?? yearOfDate((event.data as { occurredOn?: unknown }).occurredOn);
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The years an event touches, ascending. */
export function yearsTouched(event: ProjectedEvent): number[] {
  const year = yearOfEvent(event);
  if (year === undefined) return [];
  if (isBranchEvent(event.type) || isMemberEvent(event.type)) return range(year, year + CARRY_FORWARD_YEARS);
  if (CORRECTIONS.has(event.type)) {
    const change = recordChangeOf(event);
    if (!change) return [];
    const years = [change.before, change.after].flatMap((record) => (record ? yearsOfRecord(record) : []));
    return [...new Set(years)].sort((a, b) => a - b);
  }
  return [year];
}

export const documentKeyOf = (tenant: string, year: number): string => `${tenant}/${year}`;

export function parseDocumentKey(key: string): { tenant: string; year: number } {
  const slash = key.lastIndexOf('/');
  return { tenant: key.slice(0, slash), year: Number(key.slice(slash + 1)) };
}
