import { deciderSpec } from '../shared/decider-spec';
import { memberDecider } from './member.decider';
import type { MemberEvent } from './member.events';
import { DuesAlreadyPaid, InvalidDuesAmount, LeftBeforeJoining, MemberAlreadyJoined, MemberHasLeft, MemberNotFound } from './member.errors';
import { toMemberStreamId } from './member.stream';

const given = deciderSpec(memberDecider);
const joined: MemberEvent = {
  type: 'MemberJoined',
  data: { occurredOn: '2023-04-01', memberId: 'wch', name: '四川大学华西医院', kind: 'institution', joinedOn: '2023-04-01' },
};
const paid2023: MemberEvent = { type: 'DuesPaid', data: { occurredOn: '2023-04-10', memberId: 'wch', year: 2023, amountYuan: 5000 } };
const left: MemberEvent = {
  type: 'MemberLeft',
  data: { occurredOn: '2024-12-31', memberId: 'wch', leftOn: '2024-12-31', reason: '申请退会' },
};
const pay = (year: number, amountYuan: number) =>
  ({ type: 'PayDues', data: { memberId: 'wch', year, amountYuan, paidOn: '2023-04-10' } }) as const;

describe('Member decider', () => {
  it('has a stream per member', () => expect(toMemberStreamId('scha', 'wch')).toBe('member-scha.wch'));

  describe('JoinMember', () => {
    it('joins a member', () =>
      given([])
        .when({ type: 'JoinMember', data: { memberId: 'wch', name: '四川大学华西医院', kind: 'institution', joinedOn: '2023-04-01' } })
        .then([joined]));

    it('joins once', () =>
      given([joined])
        .when({ type: 'JoinMember', data: { memberId: 'wch', name: 'x', kind: 'institution', joinedOn: '2023-05-01' } })
        .thenThrows(MemberAlreadyJoined, /joins once/));

    it('does not re-join a member that left: that is a new member id', () =>
      given([joined, left])
        .when({ type: 'JoinMember', data: { memberId: 'wch', name: 'x', kind: 'institution', joinedOn: '2025-05-01' } })
        .thenThrows(MemberHasLeft, /new member id/));
  });

  describe('PayDues', () => {
    it('records the dues of a year', () => given([joined]).when(pay(2023, 5000)).then([paid2023]));

    it('records the dues of another year', () =>
      given([joined, paid2023])
        .when(pay(2024, 5000))
        .then([{ type: 'DuesPaid', data: { occurredOn: '2023-04-10', memberId: 'wch', year: 2024, amountYuan: 5000 } }]));

    it('takes the dues of a year once', () =>
      given([joined, paid2023])
        .when(pay(2023, 5000))
        .thenThrows(DuesAlreadyPaid, /once per year/));

    it.each([0, -100, 99.5])('refuses %p yuan', (amount) =>
      given([joined])
        .when(pay(2023, amount))
        .thenThrows(InvalidDuesAmount, /whole, positive number of yuan/),
    );

    it('needs a member', () => given([]).when(pay(2023, 5000)).thenThrows(MemberNotFound));

    it('is refused once the member left', () =>
      given([joined, left])
        .when(pay(2025, 5000))
        .thenThrows(MemberHasLeft, /takes no further commands/));
  });

  describe('LeaveMember', () => {
    it('records the departure', () =>
      given([joined, paid2023])
        .when({ type: 'LeaveMember', data: { memberId: 'wch', leftOn: '2024-12-31', reason: '申请退会' } })
        .then([left]));

    it('cannot precede joining', () =>
      given([joined])
        .when({ type: 'LeaveMember', data: { memberId: 'wch', leftOn: '2023-03-01', reason: 'x' } })
        .thenThrows(LeftBeforeJoining));

    it('leaves once', () =>
      given([joined, left])
        .when({ type: 'LeaveMember', data: { memberId: 'wch', leftOn: '2025-01-31', reason: 'x' } })
        .thenThrows(MemberHasLeft));

    it('needs a member', () =>
      given([])
        .when({ type: 'LeaveMember', data: { memberId: 'wch', leftOn: '2025-01-31', reason: 'x' } })
        .thenThrows(MemberNotFound));
  });
});
