/** Years of ISO dates (`YYYY-MM-DD`), read from their characters: the fold reads one or two per event. */

const digit = (s: string, i: number): number => {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
};

/** The year of a date the domain checked (a record's own dates). */
export const yearOf = (date: string): number => digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);

export const inYear = (date: string | undefined, year: number): boolean => date !== undefined && yearOf(date) === year;

/** The year of a `YYYY-MM-DD` date, as /^\d{4}-\d{2}-\d{2}$/ checks it; undefined for anything else. */
export function yearOfDate(date: unknown): number | undefined {
  if (typeof date !== 'string' || date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return undefined;
  const year = yearOf(date);
  return Number.isNaN(year + digit(date, 5) + digit(date, 6) + digit(date, 8) + digit(date, 9)) ? undefined : year;
}
