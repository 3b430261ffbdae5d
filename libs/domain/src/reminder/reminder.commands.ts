import type { DomainCommand } from '../shared/decider';
import type { IsoDate } from '../shared/values';
import type { DeliveryChannel, ReminderDetails, ReminderEntity } from './reminder.events';

/** Sent at most once: sending the same reminder id again decides nothing. */
export type SendReminder = DomainCommand<
  'SendReminder',
  { reminderId: string; rule: string; entity: ReminderEntity; dueOn: IsoDate; channels: string[]; sentOn: IsoDate } & ReminderDetails
>;
export type AcknowledgeReminder = DomainCommand<'AcknowledgeReminder', { reminderId: string; by: string; acknowledgedOn: IsoDate }>;

/** From the worker's delivery: what one channel's receiver got, recorded once per channel. */
export type RecordReminderDelivery = DomainCommand<
  'RecordReminderDelivery',
  { reminderId: string; channel: DeliveryChannel; deliveryId: string; attempts: number; deliveredAt: string; deliveredOn: IsoDate }
>;
export type RecordReminderDeliveryFailure = DomainCommand<
  'RecordReminderDeliveryFailure',
  {
    reminderId: string;
    channel: DeliveryChannel;
    deliveryId: string;
    attempts: number;
    reason: string;
    failedAt: string;
    failedOn: IsoDate;
  }
>;

export type ReminderCommand = SendReminder | AcknowledgeReminder | RecordReminderDelivery | RecordReminderDeliveryFailure;
