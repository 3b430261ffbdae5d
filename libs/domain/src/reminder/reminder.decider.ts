import { unreachable, type Decider } from '../shared/decider';
import type { IsoDate } from '../shared/values';
import type { ReminderCommand } from './reminder.commands';
import { DELIVERY_CHANNELS, type DeliveryChannel, type ReminderDetails, type ReminderEvent, type ReminderSent } from './reminder.events';
import {
  AcknowledgedBeforeSent,
  DeliveredBeforeSent,
  DeliveryChannelNotListed,
  InvalidReminderId,
  ReminderAlreadyAcknowledged,
  ReminderNeedsChannel,
  ReminderNotSent,
} from './reminder.errors';

/** Per channel, the last outcome recorded: a failed delivery may still succeed later (a manual retry), a delivered one is final. */
export type DeliveryOutcomes = Partial<Record<DeliveryChannel, 'delivered' | 'failed'>>;

export type ReminderState =
  | { status: 'unknown' }
  | ({ status: 'sent'; acknowledged: { by: string; acknowledgedOn: IsoDate } | null; deliveries: DeliveryOutcomes } & Omit<
      ReminderSent['data'],
      'occurredOn'
    >);

function checkDeliverable(
  state: ReminderState,
  reminderId: string,
  channel: string,
): asserts state is Extract<ReminderState, { status: 'sent' }> {
  if (state.status !== 'sent') throw new DeliveredBeforeSent(reminderId);
  if (!(DELIVERY_CHANNELS as readonly string[]).includes(channel)) throw new DeliveryChannelNotListed(channel);
}

/** The optional details given, and only those (an event carries no undefined field). */
function detailsOf(c: ReminderDetails): ReminderDetails {
  const details: ReminderDetails = {};
  if (c.audience !== undefined) details.audience = c.audience;
  if (c.escalation !== undefined) details.escalation = c.escalation;
  if (c.subject !== undefined) details.subject = c.subject;
  if (c.scheduledFor !== undefined) details.scheduledFor = c.scheduledFor;
  if (c.timeZone !== undefined) details.timeZone = c.timeZone;
  if (c.covers !== undefined) details.covers = c.covers.map((r) => ({ ...r, entity: { kind: r.entity.kind, id: r.entity.id } }));
  return details;
}

export function decide(command: ReminderCommand, state: ReminderState): ReminderEvent[] {
  switch (command.type) {
    case 'SendReminder': {
      const c = command.data;
      if (state.status === 'sent') return [];
      if (!c.reminderId || c.reminderId.includes(':')) throw new InvalidReminderId(c.reminderId);
      if (!c.channels.length) throw new ReminderNeedsChannel(c.reminderId);
      return [
        {
          type: 'ReminderSent',
          data: {
            occurredOn: c.sentOn,
            reminderId: c.reminderId,
            rule: c.rule,
            entity: { kind: c.entity.kind, id: c.entity.id },
            dueOn: c.dueOn,
            channels: [...new Set(c.channels)],
            sentOn: c.sentOn,
            ...detailsOf(c),
          },
        },
      ];
    }
    case 'AcknowledgeReminder': {
      const c = command.data;
      if (state.status !== 'sent') throw new ReminderNotSent(c.reminderId);
      if (state.acknowledged) throw new ReminderAlreadyAcknowledged(c.reminderId, state.acknowledged.by);
      if (c.acknowledgedOn < state.sentOn) throw new AcknowledgedBeforeSent(c.acknowledgedOn, state.sentOn);
      return [
        {
          type: 'ReminderAcknowledged',
          data: { occurredOn: c.acknowledgedOn, reminderId: c.reminderId, by: c.by, acknowledgedOn: c.acknowledgedOn },
        },
      ];
    }
    case 'RecordReminderDelivery': {
      const c = command.data;
      checkDeliverable(state, c.reminderId, c.channel);
      if (state.deliveries[c.channel] === 'delivered') return [];
      return [
        {
          type: 'ReminderDelivered',
          data: {
            occurredOn: c.deliveredOn,
            reminderId: c.reminderId,
            channel: c.channel,
            deliveryId: c.deliveryId,
            attempts: c.attempts,
            deliveredAt: c.deliveredAt,
          },
        },
      ];
    }
    case 'RecordReminderDeliveryFailure': {
      const c = command.data;
      checkDeliverable(state, c.reminderId, c.channel);
      if (state.deliveries[c.channel]) return [];
      return [
        {
          type: 'ReminderDeliveryFailed',
          data: {
            occurredOn: c.failedOn,
            reminderId: c.reminderId,
            channel: c.channel,
            deliveryId: c.deliveryId,
            attempts: c.attempts,
            reason: c.reason.slice(0, 500),
            failedAt: c.failedAt,
          },
        },
      ];
    }
    default:
      return unreachable(command);
  }
}

export function evolve(state: ReminderState, event: ReminderEvent): ReminderState {
  switch (event.type) {
    case 'ReminderSent': {
      const { occurredOn: _, ...sent } = event.data;
      return { status: 'sent', ...sent, acknowledged: null, deliveries: {} };
    }
    case 'ReminderAcknowledged':
      return state.status === 'sent' ? { ...state, acknowledged: { by: event.data.by, acknowledgedOn: event.data.acknowledgedOn } } : state;
    case 'ReminderDelivered':
      return state.status === 'sent' ? { ...state, deliveries: { ...state.deliveries, [event.data.channel]: 'delivered' } } : state;
    case 'ReminderDeliveryFailed':
      return state.status === 'sent' && state.deliveries[event.data.channel] !== 'delivered'
        ? { ...state, deliveries: { ...state.deliveries, [event.data.channel]: 'failed' } }
        : state;
    default:
      return unreachable(event);
  }
}

export const initialState = (): ReminderState => ({ status: 'unknown' });

export const reminderDecider: Decider<ReminderCommand, ReminderEvent, ReminderState> = { decide, evolve, initialState };
