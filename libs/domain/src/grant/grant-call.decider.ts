import { unreachable, type Decider } from '../shared/decider';
import { isIsoDate } from '../shared/values';
import type { GrantCallCommand } from './grant.commands';
import type { GrantCallEvent, GrantCallOpened } from './grant.events';
import { GrantAmountInvalid, GrantCallAlreadyOpened, GrantCallClosesBeforeOpening, GrantDateInvalid } from './grant.errors';

export type GrantCallState = { status: 'unknown' } | { status: 'open'; call: GrantCallOpened['data'] };

export function decideGrantCall(command: GrantCallCommand, state: GrantCallState): GrantCallEvent[] {
  switch (command.type) {
    case 'OpenGrantCall': {
      const c = command.data;
      if (state.status !== 'unknown') throw new GrantCallAlreadyOpened(c.callId);
      if (!isIsoDate(c.openedOn)) throw new GrantDateInvalid('openedOn', c.openedOn);
      if (!Number.isInteger(c.year) || !isIsoDate(`${c.year}-01-01`)) throw new GrantDateInvalid('year', c.year);
      if (c.closesOn !== undefined) {
        if (!isIsoDate(c.closesOn)) throw new GrantDateInvalid('closesOn', c.closesOn);
        if (c.closesOn <= c.openedOn) throw new GrantCallClosesBeforeOpening(c.openedOn, c.closesOn);
      }
      if (c.budgetYuan !== undefined && !(Number.isInteger(c.budgetYuan) && c.budgetYuan >= 0))
        throw new GrantAmountInvalid('budgetYuan', c.budgetYuan);
      return [
        {
          type: 'GrantCallOpened',
          data: {
            occurredOn: c.openedOn,
            callId: c.callId,
            title: c.title,
            year: c.year,
            ...(c.closesOn !== undefined ? { closesOn: c.closesOn } : {}),
            ...(c.budgetYuan !== undefined ? { budgetYuan: c.budgetYuan } : {}),
          },
        },
      ];
    }
    default:
      return unreachable(command.type); // a one-member union narrows on its type only
  }
}

export function evolveGrantCall(state: GrantCallState, event: GrantCallEvent): GrantCallState {
  switch (event.type) {
    case 'GrantCallOpened':
      return { status: 'open', call: event.data };
    default:
      return unreachable(event.type);
  }
}

export const initialGrantCallState = (): GrantCallState => ({ status: 'unknown' });

export const grantCallDecider: Decider<GrantCallCommand, GrantCallEvent, GrantCallState> = {
  decide: decideGrantCall,
  evolve: evolveGrantCall,
  initialState: initialGrantCallState,
};
