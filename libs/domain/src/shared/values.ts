/** ISO calendar date, YYYY-MM-DD, in the tenant's time zone. */
export type IsoDate = string;

/** A count as a document states it: "30300余人次" is { value: 30300, approximate: true }. */
export interface Count {
  value: number;
  /** The source said 余 / 逾 / 近 / "more than": the value is a lower bound. */
  approximate: boolean;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || value.length !== 10) return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  // Arithmetic, not a Date round trip: projections ask this of every event they fold.
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Adds whole years to a date; 29 February falls back to 28 February in common years. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function sumCounts(counts: Count[]): Count {
  return {
    value: counts.reduce((total, c) => total + c.value, 0),
    approximate: counts.some((c) => c.approximate),
  };
}
