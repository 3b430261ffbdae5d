import type { DomainEvent } from '../shared/decider';
import type { IsoDate } from '../shared/values';

/** What the reminder is about: { kind: 'branch', id: 'rehab' }. */
export interface ReminderEntity {
  kind: string;
  id: string;
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
    sentOn: IsoDate;
  }
>;
export type ReminderAcknowledged = DomainEvent<
  'ReminderAcknowledged',
  { occurredOn: IsoDate; reminderId: string; by: string; acknowledgedOn: IsoDate }
>;

export type ReminderEvent = ReminderSent | ReminderAcknowledged;

export const REMINDER_EVENT_TYPES = ['ReminderSent', 'ReminderAcknowledged'] as const satisfies readonly ReminderEvent['type'][];
