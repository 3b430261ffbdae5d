import { unreachable, type Decider } from '../shared/decider';
import { isCount, type Count, type IsoDate } from '../shared/values';
import type { AllianceCommand } from './alliance.commands';
import type { AllianceEvent, AllianceLead } from './alliance.events';
import { AllianceAlreadyFounded, AllianceMembersInvalid } from './alliance.errors';

export type AllianceState =
  { status: 'unknown' } | { status: 'founded'; allianceId: string; name: string; lead: AllianceLead; foundedOn: IsoDate; members: Count };

export function decide(command: AllianceCommand, state: AllianceState): AllianceEvent[] {
  switch (command.type) {
    case 'FoundAlliance': {
      const c = command.data;
      if (state.status !== 'unknown') throw new AllianceAlreadyFounded(c.allianceId);
      if (!isCount(c.members) || c.members.value < 1) throw new AllianceMembersInvalid(c.members);
      return [
        {
          type: 'AllianceFounded',
          data: {
            occurredOn: c.foundedOn,
            allianceId: c.allianceId,
            name: c.name,
            lead: c.lead,
            members: c.members,
            foundedOn: c.foundedOn,
          },
        },
      ];
    }
    default:
      return unreachable(command.type);
  }
}

export function evolve(state: AllianceState, event: AllianceEvent): AllianceState {
  switch (event.type) {
    case 'AllianceFounded': {
      const e = event.data;
      return { status: 'founded', allianceId: e.allianceId, name: e.name, lead: e.lead, foundedOn: e.foundedOn, members: e.members };
    }
    default:
      return unreachable(event.type);
  }
}

export const initialState = (): AllianceState => ({ status: 'unknown' });

export const allianceDecider: Decider<AllianceCommand, AllianceEvent, AllianceState> = { decide, evolve, initialState };
