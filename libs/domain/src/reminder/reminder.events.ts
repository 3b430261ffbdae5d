import type { DomainEvent } from '../shared/decider';
import type { IsoDate } from '../shared/values';

/** What the reminder is about: { kind: 'branch', id: 'rehab' }. */
export interface ReminderEntity {
  kind: string;
  id: string;
}

/**
 * What the scheduler adds for delivery and the feed (all optional: reminders sent through the
 * API, and those recorded before, have none of it).
 */
export interface ReminderDetails {
  /** Who is reminded: the secretariat (秘书处), or the branch's officers. */
  audience?: 'secretariat' | 'branch';
  /** While overdue: 1 for the first escalation, 2 for the second... */
  escalation?: number;
  /** What a person reads: the branch's name, the meeting's title. */
  subject?: string;
  /** The instant the reminder was due to go out (ISO, UTC). */
  scheduledFor?: string;
  /** The tenant's time zone, in which `dueOn` and `sentOn` are dates. */
  timeZone?: string;
  /**
   * A catch-up digest's reminders: those that fell due before what they are about was recorded
   * (a past year entered today). They go out once, together, in this one reminder, and never
   * on their own.
   */
  covers?: CoveredReminder[];
}

/** One reminder a catch-up digest stands for. */
export interface CoveredReminder {
  reminderId: string;
  rule: string;
  entity: ReminderEntity;
  dueOn: IsoDate;
  subject?: string;
  escalation?: number;
}

export type ReminderSent = DomainEvent<
  'ReminderSent',
  {
    occurredOn: IsoDate;
    reminderId: string;
    /** The rule that raised it, e.g. branch-renewal-90d. */
    rule: string;
    entity: ReminderEntity;
    /** When the thing reminded of is due (a term end, a report deadline). */
    dueOn: IsoDate;
    channels: string[];
    /** The tenant-local date it was sent. */
    sentOn: IsoDate;
  } & ReminderDetails
>;
export type ReminderAcknowledged = DomainEvent<
  'ReminderAcknowledged',
  { occurredOn: IsoDate; reminderId: string; by: string; acknowledgedOn: IsoDate }
>;

/** A channel a reminder goes out over besides the feed: the tenant's signed webhook, or e-mail to its secretariat. */
export type DeliveryChannel = 'webhook' | 'email';
export const DELIVERY_CHANNELS: readonly DeliveryChannel[] = ['webhook', 'email'];

/** The reminder reached the channel's receiver (it answered 2xx, or the SMTP server accepted it). */
export type ReminderDelivered = DomainEvent<
  'ReminderDelivered',
  {
    occurredOn: IsoDate;
    reminderId: string;
    channel: DeliveryChannel;
    /** The id the receiver saw (X-Assocflow-Delivery, or the e-mail's Message-ID) to tell a repeat. */
    deliveryId: string;
    attempts: number;
    deliveredAt: string;
  }
>;
/** Every attempt failed: the reminder is not retried by itself any more; the reason is the last one. */
export type ReminderDeliveryFailed = DomainEvent<
  'ReminderDeliveryFailed',
  {
    occurredOn: IsoDate;
    reminderId: string;
    channel: DeliveryChannel;
    deliveryId: string;
    attempts: number;
    reason: string;
    failedAt: string;
  }
>;

export type ReminderEvent = ReminderSent | ReminderAcknowledged | ReminderDelivered | ReminderDeliveryFailed;

/** What the reminders feed folds; delivery outcomes are read from the reminder's own stream. */
export const REMINDER_EVENT_TYPES = ['ReminderSent', 'ReminderAcknowledged'] as const satisfies readonly ReminderEvent['type'][];
export const REMINDER_DELIVERY_EVENT_TYPES = [
  'ReminderDelivered',
  'ReminderDeliveryFailed',
] as const satisfies readonly ReminderEvent['type'][];
