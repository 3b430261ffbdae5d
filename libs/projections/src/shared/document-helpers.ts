import { isIsoDate, type IsoDate } from '@assocflow/domain';
import type { ProjectedEvent } from '../projection';

/** A table entry by own key only: ids come from clients, and `constructor` is an id like any other. */
export const own = <T>(table: Record<string, T>, id: string): T | undefined => (Object.hasOwn(table, id) ? table[id] : undefined);

export const validYear = (year: unknown): year is number => Number.isInteger(year) && (year as number) >= 1000 && (year as number) <= 9999;

export const yearOfDate = (date: unknown): number | undefined => (isIsoDate(date) ? Number(date.slice(0, 4)) : undefined);

/** The event's business date: the metadata's, else the data's own. */
export function businessDate(event: ProjectedEvent): IsoDate | undefined {
  const candidates = [event.metadata?.occurredAt, (event.data as { occurredOn?: unknown })?.occurredOn];
  return candidates.find((d): d is IsoDate => isIsoDate(d));
}

/**
 * The years whose documents may hold the record a follow-up is about (a follow-up that does
 * not carry its record): `lookback` years before, `lookahead` after, and the year a backfill id
 * names (the first capture group of `backfillId`).
 */
export function followUpYears(year: number, recordId: unknown, options: { lookback: number; lookahead: number; backfillId: RegExp }): number[] {
  const years: number[] = [];
  for (let y = year - options.lookback; y <= year + options.lookahead; y++) years.push(y);
  const backfill = typeof recordId === 'string' ? options.backfillId.exec(recordId) : null;
  if (backfill && !years.includes(Number(backfill[1]))) years.push(Number(backfill[1]));
  return years;
}
