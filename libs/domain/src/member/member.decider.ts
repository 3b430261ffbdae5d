import { unreachable, type Decider } from '../shared/decider';
import type { IsoDate } from '../shared/values';
import type { MemberCommand } from './member.commands';
import type { MemberEvent, MemberKind } from './member.events';
import { DuesAlreadyPaid, InvalidDuesAmount, LeftBeforeJoining, MemberAlreadyJoined, MemberHasLeft, MemberNotFound } from './member.errors';

export type MemberState =
  | { status: 'unknown' }
  | { status: 'active'; memberId: string; name: string; kind: MemberKind; joinedOn: IsoDate; duesPaidYears: number[] }
  | { status: 'left'; memberId: string; leftOn: IsoDate };

type Active = Extract<MemberState, { status: 'active' }>;

function requireActive(state: MemberState, memberId: string): Active {
  if (state.status === 'unknown') throw new MemberNotFound(memberId);
  if (state.status === 'left') throw new MemberHasLeft(state.memberId, state.leftOn);
  return state;
}

export function decide(command: MemberCommand, state: MemberState): MemberEvent[] {
  switch (command.type) {
    case 'JoinMember': {
      const c = command.data;
      if (state.status === 'left') throw new MemberHasLeft(state.memberId, state.leftOn);
      if (state.status === 'active') throw new MemberAlreadyJoined(c.memberId);
      return [
        { type: 'MemberJoined', data: { occurredOn: c.joinedOn, memberId: c.memberId, name: c.name, kind: c.kind, joinedOn: c.joinedOn } },
      ];
    }
    case 'PayDues': {
      const c = command.data;
      const member = requireActive(state, c.memberId);
      if (!Number.isInteger(c.amountYuan) || c.amountYuan <= 0) throw new InvalidDuesAmount(c.amountYuan);
      if (member.duesPaidYears.includes(c.year)) throw new DuesAlreadyPaid(c.memberId, c.year);
      return [{ type: 'DuesPaid', data: { occurredOn: c.paidOn, memberId: c.memberId, year: c.year, amountYuan: c.amountYuan } }];
    }
    case 'LeaveMember': {
      const c = command.data;
      const member = requireActive(state, c.memberId);
      if (c.leftOn < member.joinedOn) throw new LeftBeforeJoining(c.leftOn, member.joinedOn);
      return [{ type: 'MemberLeft', data: { occurredOn: c.leftOn, memberId: c.memberId, leftOn: c.leftOn, reason: c.reason } }];
    }
    default:
      return unreachable(command);
  }
}

export function evolve(state: MemberState, event: MemberEvent): MemberState {
  switch (event.type) {
    case 'MemberJoined': {
      const e = event.data;
      return { status: 'active', memberId: e.memberId, name: e.name, kind: e.kind, joinedOn: e.joinedOn, duesPaidYears: [] };
    }
    case 'DuesPaid':
      return state.status === 'active' ? { ...state, duesPaidYears: [...state.duesPaidYears, event.data.year] } : state;
    case 'MemberLeft':
      return { status: 'left', memberId: event.data.memberId, leftOn: event.data.leftOn };
    default:
      return unreachable(event);
  }
}

export const initialState = (): MemberState => ({ status: 'unknown' });

export const memberDecider: Decider<MemberCommand, MemberEvent, MemberState> = { decide, evolve, initialState };
