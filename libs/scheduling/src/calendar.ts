import type { IsoDate } from '@assocflow/domain';

const DAY_MS = 86_400_000;

const utcOf = (date: IsoDate): number => {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};

const isoOf = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

export const addDays = (date: IsoDate, days: number): IsoDate => isoOf(utcOf(date) + days * DAY_MS);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number => Math.round((utcOf(to) - utcOf(from)) / DAY_MS);

/** Adds whole months; the 31st falls back to the last day of a shorter month. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return isoOf(Date.UTC(y, m - 1 + months, Math.min(d, last)));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock in `timeZone` at an instant, as UTC milliseconds of the same wall time. */
function wallClockMs(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(instant))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/** The calendar date in `timeZone` at an instant. */
export const localDateOf = (instant: Date | number, timeZone: string): IsoDate =>
  isoOf(wallClockMs(typeof instant === 'number' ? instant : instant.getTime(), timeZone));

/**
 * The instant of a wall time (HH:MM) on a date in `timeZone`. The offset is read at a first
 * guess and again at the result, so a day with a daylight-saving change lands right; a wall
 * time that does not exist (skipped forward) resolves to the instant after the gap.
 */
export function instantOf(date: IsoDate, timeOfDay: string, timeZone: string): number {
  const key = `${timeZone} ${date} ${timeOfDay}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    if (instants.size >= MAX_CACHED_INSTANTS) instants.clear();
    instants.set(key, (instant = computeInstant(date, timeOfDay, timeZone)));
  }
  return instant;
}

/** Many timers share a day: Intl is asked once per zone, date and time of day. */
const instants = new Map<string, number>();
const MAX_CACHED_INSTANTS = 50_000;

function computeInstant(date: IsoDate, timeOfDay: string, timeZone: string): number {
  const [h, mi] = timeOfDay.split(':').map(Number);
  const wall = utcOf(date) + (h * 60 + mi) * 60_000;
  const first = wall - (wallClockMs(wall, timeZone) - wall);
  const second = wall - (wallClockMs(first, timeZone) - first);
  return second;
}
