import type { IsoDate, reminder } from '@assocflow/domain';

export interface ReminderFeedEntry {
  reminderId: string;
  /** The rule that raised it, e.g. branch-renewal-90d. */
  rule: string;
  entity: reminder.ReminderEntity;
  /** When the thing reminded of is due. */
  dueOn: IsoDate;
  channels: string[];
  sentOn: IsoDate;
  /** The scheduler's details, when it sent the reminder: who is reminded, which escalation, about what. */
  audience?: 'secretariat' | 'branch';
  escalation?: number;
  subject?: string;
  /** A catch-up digest: the reminders it stands for, which fell due before they were recorded. */
  covers?: reminder.CoveredReminder[];
  acknowledged?: { by: string; acknowledgedOn: IsoDate };
}

/** One document per tenant, key `<tenant>`. */
export interface RemindersFeedDoc {
  tenant: string;
  /** Reminders sent, newest first (by sentOn; the later recorded first on the same day), at most MAX_FEED_ENTRIES. */
  entries: ReminderFeedEntry[];
  /** Every reminder sent, including those that fell off the end of `entries`. */
  totalSent: number;
}
