import { HttpException } from '@nestjs/common';
import { isIsoDate } from '@assocflow/domain';
import { problem } from '../problem/problem-document';

/** A 400 naming the query parameter and the rule it broke. */
export const invalid = (field: string, rule: string, message: string) =>
  new HttpException(problem(400, 'invalid-request', 'Invalid request', message, { errors: [{ field, rule, message }] }), 400);

/** Today in the association's time zone, or ?today= (to ask how things stood, or will stand). */
export function todayOf(value: string | undefined, timeZone = 'Asia/Shanghai'): string {
  if (value !== undefined) {
    if (!isIsoDate(value)) throw invalid('today', 'isIsoDate', 'today must be a calendar date YYYY-MM-DD');
    return value;
  }
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export function yearOf(value: string | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^(19|20|21)\d{2}$/.test(value)) throw invalid(field, 'isYear', `${field} must be a year such as 2023`);
  return Number(value);
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], field: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw invalid(field, 'isIn', `${field} must be one of ${allowed.join(', ')}`);
  return value as T;
}
