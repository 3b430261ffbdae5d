import type { DomainCommand } from '../shared/decider';
import type { IsoDate } from '../shared/values';
import type { ReminderEntity } from './reminder.events';

/** Sent at most once: sending the same reminder id again decides nothing. */
export type SendReminder = DomainCommand<
  'SendReminder',
  { reminderId: string; rule: string; entity: ReminderEntity; dueOn: IsoDate; channels: string[]; sentOn: IsoDate }
>;
export type AcknowledgeReminder = DomainCommand<'AcknowledgeReminder', { reminderId: string; by: string; acknowledgedOn: IsoDate }>;

export type ReminderCommand = SendReminder | AcknowledgeReminder;
