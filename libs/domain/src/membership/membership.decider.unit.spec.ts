import { deciderSpec } from '../shared/decider-spec';
import { membershipDecider } from './membership.decider';
import type { MembershipEvent } from './membership.events';
import {
  InvalidMembershipCount,
  InvalidMembershipYear,
  MembershipTotalsAlreadyRecorded,
  MembershipTotalsEmpty,
  MembershipTotalsNeedSource,
  MembershipTotalsNotRecorded,
} from './membership.errors';
import { toMembershipStreamId } from './membership.stream';

const given = deciderSpec(membershipDecider);
const source = { document: '四川省医院协会2023年工作总结', section: '三、加强自身建设' };
const recorded: MembershipEvent = {
  type: 'MembershipTotalsRecorded',
  data: { occurredOn: '2023-12-31', year: 2023, joined: { value: 41, approximate: false }, source },
};

describe('Membership decider (totals stated by a document)', () => {
  it('has a stream per year', () => expect(toMembershipStreamId('scha', 2023)).toBe('membership-scha.2023'));

  describe('RecordMembershipTotals', () => {
    it('records "新发展会员41家" at the end of its year', () =>
      given([])
        .when({ type: 'RecordMembershipTotals', data: { year: 2023, joined: { value: 41, approximate: false }, source } })
        .then([recorded]));

    it('records both figures, approximate ones as stated', () =>
      given([])
        .when({
          type: 'RecordMembershipTotals',
          data: { year: 2022, joined: { value: 30, approximate: true }, activeAtYearEnd: { value: 1200, approximate: true }, source },
        })
        .then([
          {
            type: 'MembershipTotalsRecorded',
            data: {
              occurredOn: '2022-12-31',
              year: 2022,
              joined: { value: 30, approximate: true },
              activeAtYearEnd: { value: 1200, approximate: true },
              source,
            },
          },
        ]));

    it('is recorded once per year', () =>
      given([recorded])
        .when({ type: 'RecordMembershipTotals', data: { year: 2023, joined: { value: 42, approximate: false }, source } })
        .thenThrows(MembershipTotalsAlreadyRecorded, /once per year, then corrected/));

    it('states at least one figure', () =>
      given([])
        .when({ type: 'RecordMembershipTotals', data: { year: 2023, source } })
        .thenThrows(MembershipTotalsEmpty));

    it.each([-1, 4.5])('refuses a count of %p', (value) =>
      given([])
        .when({ type: 'RecordMembershipTotals', data: { year: 2023, activeAtYearEnd: { value, approximate: false }, source } })
        .thenThrows(InvalidMembershipCount, /activeAtYearEnd/),
    );

    it('cites its document', () =>
      given([])
        .when({
          type: 'RecordMembershipTotals',
          data: { year: 2023, joined: { value: 1, approximate: false }, source: { document: ' ', section: '' } },
        })
        .thenThrows(MembershipTotalsNeedSource));

    it('is stated for a calendar year', () =>
      given([])
        .when({ type: 'RecordMembershipTotals', data: { year: 2023.5, joined: { value: 1, approximate: false }, source } })
        .thenThrows(InvalidMembershipYear));
  });

  describe('CorrectMembershipTotals', () => {
    it('replaces the figures, keeping the previous ones', () =>
      given([recorded])
        .when({
          type: 'CorrectMembershipTotals',
          data: {
            year: 2023,
            activeAtYearEnd: { value: 980, approximate: false },
            source: { ...source, section: '附表' },
            reason: '按年报更正',
          },
        })
        .then([
          {
            type: 'MembershipTotalsCorrected',
            data: {
              occurredOn: '2023-12-31',
              year: 2023,
              activeAtYearEnd: { value: 980, approximate: false },
              source: { ...source, section: '附表' },
              reason: '按年报更正',
              previous: { joined: { value: 41, approximate: false } },
            },
          },
        ]));

    it('decides nothing when figures and source are unchanged', () =>
      given([recorded])
        .when({ type: 'CorrectMembershipTotals', data: { year: 2023, joined: { value: 41, approximate: false }, source } })
        .then([]));

    it('corrects only what was recorded', () =>
      given([])
        .when({ type: 'CorrectMembershipTotals', data: { year: 2023, joined: { value: 41, approximate: false }, source } })
        .thenThrows(MembershipTotalsNotRecorded, /nothing to correct/));

    it('follows the same rules as the record', () =>
      given([recorded])
        .when({ type: 'CorrectMembershipTotals', data: { year: 2023, source } })
        .thenThrows(MembershipTotalsEmpty));

    it('a corrected year decides from the corrected figures', () => {
      const corrected: MembershipEvent = {
        type: 'MembershipTotalsCorrected',
        data: {
          occurredOn: '2023-12-31',
          year: 2023,
          joined: { value: 43, approximate: false },
          source,
          previous: { joined: { value: 41, approximate: false } },
        },
      };
      given([recorded, corrected])
        .when({ type: 'CorrectMembershipTotals', data: { year: 2023, joined: { value: 43, approximate: false }, source } })
        .then([]);
    });
  });
});
