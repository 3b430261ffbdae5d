import { unreachable, type Decider } from '../shared/decider';
import type { IsoDate } from '../shared/values';
import type { ReminderCommand } from './reminder.commands';
import type { ReminderEvent, ReminderSent } from './reminder.events';
import { AcknowledgedBeforeSent, InvalidReminderId, ReminderAlreadyAcknowledged, ReminderNeedsChannel, ReminderNotSent } from './reminder.errors';

export type ReminderState =
  | { status: 'unknown' }
  | ({ status: 'sent'; acknowledged: { by: string; acknowledgedOn: IsoDate } | null } & Omit<ReminderSent['data'], 'occurredOn'>);

export function decide(command: ReminderCommand, state: ReminderState): ReminderEvent[] {
  switch (command.type) {
    case 'SendReminder': {
      const c = command.data;
      if (state.status === 'sent') return [];
      if (!c.reminderId || c.reminderId.includes(':')) throw new InvalidReminderId(c.reminderId);
      if (!c.channels.length) throw new ReminderNeedsChannel(c.reminderId);
      return [{
        type: 'ReminderSent',
        data: {
          occurredOn: c.sentOn, reminderId: c.reminderId, rule: c.rule, entity: { kind: c.entity.kind, id: c.entity.id },
          dueOn: c.dueOn, channels: [...new Set(c.channels)], sentOn: c.sentOn,
        },
      }];
    }
    case 'AcknowledgeReminder': {
      const c = command.data;
      if (state.status !== 'sent') throw new ReminderNotSent(c.reminderId);
      if (state.acknowledged) throw new ReminderAlreadyAcknowledged(c.reminderId, state.acknowledged.by);
      if (c.acknowledgedOn < state.sentOn) throw new AcknowledgedBeforeSent(c.acknowledgedOn, state.sentOn);
      return [{ type: 'ReminderAcknowledged', data: { occurredOn: c.acknowledgedOn, reminderId: c.reminderId, by: c.by, acknowledgedOn: c.acknowledgedOn } }];
    }
    default:
      return unreachable(command);
  }
}

export function evolve(state: ReminderState, event: ReminderEvent): ReminderState {
  switch (event.type) {
    case 'ReminderSent': {
      const { occurredOn: _, ...sent } = event.data;
      return { status: 'sent', ...sent, acknowledged: null };
    }
    case 'ReminderAcknowledged':
      return state.status === 'sent'
        ? { ...state, acknowledged: { by: event.data.by, acknowledgedOn: event.data.acknowledgedOn } }
        : state;
    default:
      return unreachable(event);
  }
}

export const initialState = (): ReminderState => ({ status: 'unknown' });

export const reminderDecider: Decider<ReminderCommand, ReminderEvent, ReminderState> = { decide, evolve, initialState };
