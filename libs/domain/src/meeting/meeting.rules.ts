import { DEFAULT_BYLAWS } from '../shared/bylaws';
import type { MeetingBody } from './meeting.events';

/**
 * A council or standing council resolution passes with two thirds of those present (model
 * charter); the bylaws defaults do not carry this share yet.
 */
export const COUNCIL_RESOLUTION_SHARE = 2 / 3;

const KNOWN_BODIES = ['general-assembly', 'council', 'standing-council', 'president-office'];

export function isMeetingBody(body: unknown): body is MeetingBody {
  return typeof body === 'string' && (KNOWN_BODIES.includes(body) || /^(?:branch|conference)-\S+$/.test(body));
}

/** The least whole number that is at least `share` of `total` (2/3 of 30 is 20, of 31 is 21). */
function atLeastShare(share: number, total: number): number {
  return Math.ceil(share * total - 1e-9);
}

const majorityOf = (total: number): number => Math.floor(total / 2) + 1;

/** Members who must be present for the meeting to decide. */
export function quorumRequired(body: MeetingBody, membersTotal: number): number {
  if (body === 'general-assembly') return atLeastShare(DEFAULT_BYLAWS.generalAssemblyQuorum, membersTotal);
  if (body === 'council' || body === 'standing-council') return atLeastShare(DEFAULT_BYLAWS.councilQuorum, membersTotal);
  return majorityOf(membersTotal);
}

/** Votes for that a resolution needs: 2/3 of those present in council, a majority elsewhere. */
export function votesToPass(body: MeetingBody, present: number): number {
  if (body === 'council' || body === 'standing-council') return atLeastShare(COUNCIL_RESOLUTION_SHARE, present);
  return majorityOf(present);
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1..99 in Chinese numerals (十一, 二十, 九十九); larger numbers stay in Arabic digits. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`a term or ordinal is a whole number from 1, got ${n}`);
  if (n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = DIGITS[n % 10];
  if (tens === 0) return ones;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones}`;
}

const BODY_NAMES: Record<string, string> = {
  'general-assembly': '会员代表大会',
  council: '理事会',
  'standing-council': '常务理事会',
  'president-office': '会长办公会',
};

/** 四届五次理事会: the 5th council meeting of the 4th term. A branch's meetings read 委员会, a conference's 会议. */
export function meetingOrdinalLabel(term: number, ordinal: number, body: MeetingBody): string {
  return `${chineseNumeral(term)}届${chineseNumeral(ordinal)}次${BODY_NAMES[body] ?? (body.startsWith('conference-') ? '会议' : '委员会')}`;
}
