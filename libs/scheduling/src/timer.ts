import type { IsoDate, reminder } from '@assocflow/domain';

/** What a timer reminds of; the rule names it more precisely (branch-renewal-90d). */
export type TimerKind =
  | 'meeting-due'
  | 'meeting-overdue'
  | 'meeting-upcoming'
  | 'meeting-notice'
  | 'minutes-overdue'
  | 'branch-renewal'
  | 'branch-renewal-escalation'
  | 'yearly-report'
  | 'catch-up-digest';

/** Who is reminded. Escalations go to the secretariat (秘书处). */
export type Audience = 'secretariat' | 'branch';

/**
 * One reminder to go out at one instant: a BullMQ delayed job whose id is built from the
 * tenant, the rule, the entity and the reference date, so it is the same on every run.
 */
export interface Timer {
  /** `<tenant>.<reminderId>`: no colons, never only digits. */
  jobId: string;
  tenant: string;
  /** toReminderId(rule, entity, referenceDate): ReminderSent is recorded once per id. */
  reminderId: string;
  rule: string;
  kind: TimerKind;
  entity: { kind: string; id: string };
  /** When the thing reminded of is due: a term end, a meeting day, a report deadline. */
  dueOn: IsoDate;
  /** The tenant-local day the timer fires. */
  fireOn: IsoDate;
  /** The instant it fires (ISO, UTC): fireOn at the tenant's reminder time of day. */
  fireAt: string;
  timeZone: string;
  audience: Audience;
  /** 1 for the first escalation while overdue, 2 for the second... */
  escalation?: number;
  /** What a person reads: the branch's name, the meeting's title or body. */
  subject?: string;
  /** A catch-up digest's reminders (see desiredTimers). */
  covers?: reminder.CoveredReminder[];
}

export const toJobId = (tenant: string, reminderId: string): string => `${tenant}.${reminderId}`;

/** The tenant of a timer job id (tenants have no dots). */
export const tenantOfJobId = (jobId: string): string => jobId.slice(0, jobId.indexOf('.'));
