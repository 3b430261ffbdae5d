/** ISO calendar date, YYYY-MM-DD, in the tenant's time zone. */
export type IsoDate = string;

/**
 * How a document qualifies a figure it does not give exactly: 余 / 逾 / 多 after the number
 * ("more than"), 近 before it ("nearly", at most), 约 before it ("about").
 */
export type CountMarker = '余' | '逾' | '多' | '近' | '约';
export const COUNT_MARKERS: readonly CountMarker[] = ['余', '逾', '多', '近', '约'];
/** Persons (人, 名, 位) or person-times (人次): people counted once, or once per session attended. */
export type PeopleUnit = '人' | '人次';
export const PEOPLE_UNITS: readonly PeopleUnit[] = ['人', '人次'];

/**
 * A count as a document states it: "30300余人次" is { value: 30300, approximate: true }, "近300人"
 * { value: 300, approximate: true, marker: '近', unit: '人' }, "10.36万人次" { value: 103600,
 * approximate: false, wan: true }. The optional parts keep the form, so a report says it again
 * as the source did; without them a figure is a lower bound when approximate, 余.
 */
export interface Count {
  value: number;
  /** The source did not give it exactly (余 / 逾 / 多 / 近 / 约, "more than"). */
  approximate: boolean;
  /** Which word made it approximate; absent: 余 (a lower bound) when approximate. */
  marker?: CountMarker;
  /** Of people: 人 (persons) or 人次 (person-times, the default of participants). */
  unit?: PeopleUnit;
  /** Stated in 万 (ten thousands): 10.36万. */
  wan?: boolean;
}

/** Whether `count` is a Count whose form parts, when given, are ones a document can state. */
export function isCount(count: unknown): count is Count {
  if (!count || typeof count !== 'object') return false;
  const c = count as Count;
  if (!Number.isInteger(c.value) || c.value < 0 || typeof c.approximate !== 'boolean') return false;
  if (c.marker !== undefined && (!COUNT_MARKERS.includes(c.marker) || !c.approximate)) return false;
  if (c.unit !== undefined && !PEOPLE_UNITS.includes(c.unit)) return false;
  return c.wan === undefined || typeof c.wan === 'boolean';
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

/**
 * The sum of counts, in the form the parts allow: exact when all are; 余 when the inexact ones
 * are all lower bounds; 近 when they are all "nearly"; 约 when they mix; 人 only when every part
 * counts persons. The form parts appear only when a part had them, so sums of plain counts stay plain.
 */
export function sumCounts(counts: Count[]): Count {
  const value = counts.reduce((total, c) => total + c.value, 0);
  const inexact = counts.filter((c) => c.approximate);
  if (counts.every((c) => c.marker === undefined && c.unit === undefined)) return { value, approximate: inexact.length > 0 };
  const sum: Count = { value, approximate: inexact.length > 0 };
  const below = inexact.filter((c) => c.marker === '近').length;
  if (inexact.length > 0 && inexact.some((c) => c.marker === '约' || c.marker === '近'))
    sum.marker = below === inexact.length ? '近' : '约';
  if (counts.some((c) => c.unit !== undefined)) sum.unit = counts.every((c) => c.unit === '人') ? '人' : '人次';
  return sum;
}

/** The number part of a count as documents write it: 54, 30300余, 近300, 约630, 10.36万, 3.8万余. */
export function statedCount(count: Pick<Count, 'value' | 'approximate' | 'marker' | 'wan'>): string {
  const number = count.wan ? `${Number((count.value / 10_000).toFixed(4))}万` : String(count.value);
  if (!count.approximate) return number;
  const marker = count.marker ?? '余';
  return marker === '近' || marker === '约' ? `${marker}${number}` : `${number}${marker}`;
}
