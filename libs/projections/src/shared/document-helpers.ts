import { isIsoDate, type IsoDate } from '@assocflow/domain';
import type { ProjectedEvent } from '../projection';

/** A table entry by own key only: ids come from clients, and `constructor` is an id like any other. */
export const own = <T>(table: Record<string, T>, id: string): T | undefined => (Object.hasOwn(table, id) ? table[id] : undefined);

/**
 * A table with one entry set, in place. A fold owns the documents it is given (Projection.evolve):
 * copying a year's table on every event made a rebuild quadratic in the size of the year.
 * `__proto__` is an id like any other, set as an own property.
 */
export function put<T>(table: Record<string, T>, id: string, value: T): Record<string, T> {
  if (id === '__proto__') Object.defineProperty(table, id, { value, enumerable: true, writable: true, configurable: true });
  else table[id] = value;
  return table;
}

/** A table without one entry, removed in place (see put). */
export function drop<T>(table: Record<string, T>, id: string): Record<string, T> {
  if (Object.hasOwn(table, id)) delete table[id];
  return table;
}

/** `value` without the keys whose value is undefined: documents go through JSON, where they would vanish anyway. */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = v;
  }
  return out as T;
}

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
export function followUpYears(
  year: number,
  recordId: unknown,
  options: { lookback: number; lookahead: number; backfillId: RegExp },
): number[] {
  const years: number[] = [];
  for (let y = year - options.lookback; y <= year + options.lookahead; y++) years.push(y);
  const backfill = typeof recordId === 'string' ? options.backfillId.exec(recordId) : null;
  if (backfill && !years.includes(Number(backfill[1]))) years.push(Number(backfill[1]));
  return years;
}
