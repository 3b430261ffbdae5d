import { deciderSpec } from '../shared/decider-spec';
import { grantCallDecider } from './grant-call.decider';
import type { OpenGrantCall } from './grant.commands';
import type { GrantCallEvent } from './grant.events';
import { GrantAmountInvalid, GrantCallAlreadyOpened, GrantCallClosesBeforeOpening, GrantDateInvalid } from './grant.errors';

const given = deciderSpec(grantCallDecider);
const data = {
  callId: 'c2023',
  title: '2023年度科研课题申报',
  year: 2023,
  openedOn: '2023-02-15',
  closesOn: '2023-03-31',
  budgetYuan: 600000,
};
const open = (over: Partial<OpenGrantCall['data']> = {}): OpenGrantCall => ({ type: 'OpenGrantCall', data: { ...data, ...over } });
const opened: GrantCallEvent = {
  type: 'GrantCallOpened',
  data: {
    occurredOn: '2023-02-15',
    callId: 'c2023',
    title: '2023年度科研课题申报',
    year: 2023,
    closesOn: '2023-03-31',
    budgetYuan: 600000,
  },
};

describe('Grant call decider', () => {
  it('opens a call on its opening day', () => given([]).when(open()).then([opened]));

  it('leaves out what the call does not state', () =>
    given([])
      .when(open({ closesOn: undefined, budgetYuan: undefined }))
      .then([{ type: 'GrantCallOpened', data: { occurredOn: '2023-02-15', callId: 'c2023', title: '2023年度科研课题申报', year: 2023 } }]));

  it('is opened once', () =>
    given([opened])
      .when(open())
      .thenThrows(GrantCallAlreadyOpened, /opened once/));

  it('closes after it opens', () => {
    given([])
      .when(open({ closesOn: '2023-02-15' }))
      .thenThrows(GrantCallClosesBeforeOpening);
    given([])
      .when(open({ closesOn: '2023-02-31' }))
      .thenThrows(GrantDateInvalid, /closesOn/);
  });

  it('states its budget in whole yuan, its dates as calendar dates', () => {
    given([])
      .when(open({ budgetYuan: 1.5 }))
      .thenThrows(GrantAmountInvalid, /budgetYuan/);
    given([])
      .when(open({ openedOn: 'yesterday' }))
      .thenThrows(GrantDateInvalid);
    given([])
      .when(open({ year: 0 }))
      .thenThrows(GrantDateInvalid, /year/);
  });
});
