import type { Bylaws, IsoDate } from '@assocflow/domain';
import type { Timer } from '../timer';

/** A timer as a rule proposes it, before ids, instants and catch-up are worked out. */
export interface Candidate extends Pick<Timer, 'rule' | 'kind' | 'entity' | 'dueOn' | 'fireOn' | 'audience' | 'escalation' | 'subject'> {
  /** The date in the reminder id: the due date, or the escalation's own date. */
  referenceDate: IsoDate;
  /**
   * Timers of one chain supersede each other: of those already past, only the latest still goes
   * out (after an outage, the 7-day reminder rather than the 30-day one as well).
   */
  chain: string;
  /** Past this local date the timer is pointless (a notice after the meeting). */
  validUntil?: IsoDate;
}

/** What every rule reads besides the state. */
export interface RuleContext {
  tenant: string;
  bylaws: Readonly<Bylaws>;
  /** The tenant-local date of `now`. */
  today: IsoDate;
}

/** Each setting's days, largest first, so the chain reads in firing order. */
export const leadDays = (days: readonly number[]): number[] => [...days].sort((a, b) => b - a);
