import { unreachable, type Decider } from '../shared/decider';
import { recordLifecycle, requireReason } from '../shared/record-lifecycle';
import type { HonorCommand } from './honor.commands';
import { isCountedRecipient, type HonorAwarded, type HonorEvent, type HonorReceived, type HonorRecipient } from './honor.events';
import {
  AwardeesInvalid,
  HonorAlreadyRecorded,
  HonorNotFound,
  HonorRecordRetractedError,
  RecipientsInvalid,
  RetractionNeedsReason,
} from './honor.errors';
import { isCount } from '../shared/values';

export type HonorState =
  | { status: 'unknown' }
  | ({ status: 'received' } & Omit<HonorReceived['data'], 'occurredOn'>)
  | ({ status: 'awarded' } & Omit<HonorAwarded['data'], 'occurredOn'>)
  | { status: 'retracted'; honorId: string };

/** Recipients counted together: at least one, and the names given are real names. */
function checkRecipient(recipient: HonorRecipient): void {
  if (!isCountedRecipient(recipient)) return;
  if (!isCount(recipient.count) || recipient.count.value < 1) throw new RecipientsInvalid('recipient.count', recipient.count);
  if (recipient.kind !== 'staff' || recipient.named === undefined) return;
  const named = recipient.named;
  if (!Array.isArray(named) || named.length > 20 || named.some((n) => typeof n !== 'string' || !n.trim()))
    throw new RecipientsInvalid('recipient.named', named);
}

const lifecycle = recordLifecycle<HonorState>({
  alreadyRecorded: (id) => new HonorAlreadyRecorded(id),
  notFound: (id) => new HonorNotFound(id),
  retracted: (id) => new HonorRecordRetractedError(id),
});

export function decide(command: HonorCommand, state: HonorState): HonorEvent[] {
  switch (command.type) {
    case 'ReceiveHonor': {
      const c = command.data;
      lifecycle.requireNew(state, c.honorId);
      checkRecipient(c.recipient);
      return [
        {
          type: 'HonorReceived',
          data: {
            occurredOn: c.receivedOn,
            honorId: c.honorId,
            title: c.title,
            grantedBy: c.grantedBy,
            ...(c.level ? { level: c.level } : {}),
            recipient: c.recipient,
            receivedOn: c.receivedOn,
          },
        },
      ];
    }
    case 'AwardHonor': {
      const c = command.data;
      lifecycle.requireNew(state, c.honorId);
      if (!isCount(c.awardees) || c.awardees.value < 1) throw new AwardeesInvalid(c.awardees);
      return [
        {
          type: 'HonorAwarded',
          data: {
            occurredOn: c.awardedOn,
            honorId: c.honorId,
            title: c.title,
            awardedBy: c.awardedBy,
            awardees: c.awardees,
            awardeeKind: c.awardeeKind,
            awardedOn: c.awardedOn,
          },
        },
      ];
    }
    case 'RetractHonorRecord': {
      const c = command.data;
      const { status: _status, ...record } = lifecycle.requireRecorded(state, c.honorId);
      const reason = requireReason(c.reason, () => new RetractionNeedsReason());
      return [{ type: 'HonorRecordRetracted', data: { occurredOn: c.retractedOn, honorId: c.honorId, reason, record } }];
    }
    default:
      return unreachable(command);
  }
}

export function evolve(state: HonorState, event: HonorEvent): HonorState {
  switch (event.type) {
    case 'HonorReceived': {
      const { occurredOn: _, ...honor } = event.data;
      return { status: 'received', ...honor };
    }
    case 'HonorAwarded': {
      const { occurredOn: _, ...honor } = event.data;
      return { status: 'awarded', ...honor };
    }
    case 'HonorRecordRetracted':
      return { status: 'retracted', honorId: event.data.honorId };
    default:
      return unreachable(event);
  }
}

export const initialState = (): HonorState => ({ status: 'unknown' });

export const honorDecider: Decider<HonorCommand, HonorEvent, HonorState> = { decide, evolve, initialState };
