import { deciderSpec } from '../shared/decider-spec';
import { branchDecider, branchDeciderFor } from './branch.decider';
import { DEFAULT_BYLAWS } from '../shared/bylaws';
import type { BranchEvent } from './branch.events';
import {
  BranchAlreadyExists,
  BranchCannotFoundBranch,
  BranchDissolvedError,
  BranchNotFound,
  BranchStillInPreparation,
  PartyGroupAlreadyFormed,
  PostponementNeedsApproval,
  PostponementNotLater,
  PostponementTooLong,
  RenewalBeforeTermStart,
  SubgroupAlreadySetUp,
  TermTooLong,
} from './branch.errors';

const given = deciderSpec(branchDecider);
const founded: BranchEvent = {
  type: 'BranchFounded',
  data: {
    occurredOn: '2023-06-01',
    branchId: 'rehab',
    name: '医疗康复管理分会',
    kind: 'society',
    term: { number: 1, startedOn: '2023-06-01', endsOn: '2028-06-01' },
    leadership: [],
  },
};
const dissolved: BranchEvent = { type: 'BranchDissolved', data: { occurredOn: '2024-01-01', branchId: 'rehab', reason: 'merged' } };

describe('Branch decider', () => {
  describe('FoundBranch', () => {
    it('founds a branch with a first term of five years by default', () =>
      given([])
        .when({ type: 'FoundBranch', data: { branchId: 'rehab', name: '医疗康复管理分会', kind: 'society', foundedOn: '2023-06-01' } })
        .then([founded]));

    it('takes a shorter term length', () => {
      const [event] = branchDecider.decide(
        { type: 'FoundBranch', data: { branchId: 'x', name: 'x', kind: 'committee', foundedOn: '2024-02-29', termYears: 4 } },
        branchDecider.initialState(),
      );
      expect(event.data).toMatchObject({ term: { number: 1, startedOn: '2024-02-29', endsOn: '2028-02-29' } });
    });

    it('refuses a term longer than five years', () =>
      given([])
        .when({ type: 'FoundBranch', data: { branchId: 'x', name: 'x', kind: 'society', foundedOn: '2023-01-01', termYears: 6 } })
        .thenThrows(TermTooLong, /at most 5 years/));

    it('is founded once', () =>
      given([founded])
        .when({ type: 'FoundBranch', data: { branchId: 'rehab', name: 'again', kind: 'society', foundedOn: '2023-07-01' } })
        .thenThrows(BranchAlreadyExists, /founded once/));

    it('refuses a branch set up by a branch', () =>
      given([])
        .when({
          type: 'FoundBranch',
          data: { branchId: 'sub', name: 'sub', kind: 'committee', foundedOn: '2023-07-01', parentBranchId: 'rehab' },
        })
        .thenThrows(BranchCannotFoundBranch, /cannot set up a branch of its own/));
  });

  describe('RegisterBranch (declared as it stands when recording starts mid-term)', () => {
    it('registers an existing branch in its current term', () =>
      given([])
        .when({
          type: 'RegisterBranch',
          data: {
            branchId: 'emergency',
            name: '急救管理分会',
            kind: 'society',
            registeredOn: '2023-01-01',
            termNumber: 3,
            termStartedOn: '2021-05-10',
            hasPartyGroup: true,
          },
        })
        .then([
          {
            type: 'BranchRegistered',
            data: {
              occurredOn: '2023-01-01',
              branchId: 'emergency',
              name: '急救管理分会',
              kind: 'society',
              term: { number: 3, startedOn: '2021-05-10', endsOn: '2026-05-10' },
              hasPartyGroup: true,
              leadership: [],
            },
          },
        ]));

    it('refuses a declared term longer than the bylaws allow', () =>
      given([])
        .when({
          type: 'RegisterBranch',
          data: {
            branchId: 'x',
            name: 'x',
            kind: 'society',
            registeredOn: '2023-01-01',
            termNumber: 2,
            termStartedOn: '2020-01-01',
            termEndsOn: '2026-01-01',
          },
        })
        .thenThrows(TermTooLong));
  });

  describe('RenewBranchTerm', () => {
    it('starts the next term at the date of the renewal congress', () =>
      given([founded])
        .when({ type: 'RenewBranchTerm', data: { branchId: 'rehab', renewedOn: '2028-05-20' } })
        .then([
          {
            type: 'BranchTermRenewed',
            data: {
              occurredOn: '2028-05-20',
              branchId: 'rehab',
              term: { number: 2, startedOn: '2028-05-20', endsOn: '2033-05-20' },
              leadership: [],
            },
          },
        ]));

    it('is refused for a branch never founded', () =>
      given([])
        .when({ type: 'RenewBranchTerm', data: { branchId: 'rehab', renewedOn: '2028-05-20' } })
        .thenThrows(BranchNotFound));

    it('is refused for a dissolved branch', () =>
      given([founded, dissolved])
        .when({ type: 'RenewBranchTerm', data: { branchId: 'rehab', renewedOn: '2028-05-20' } })
        .thenThrows(BranchDissolvedError, /takes no further commands/));

    it('cannot precede the current term', () =>
      given([founded])
        .when({ type: 'RenewBranchTerm', data: { branchId: 'rehab', renewedOn: '2023-05-01' } })
        .thenThrows(RenewalBeforeTermStart));
  });

  describe('PostponeBranchRenewal', () => {
    const postpone = (newDueOn: string, approvalRef = '川医协〔2028〕12号') =>
      ({ type: 'PostponeBranchRenewal', data: { branchId: 'rehab', decidedOn: '2028-03-01', approvalRef, newDueOn } }) as const;

    it('moves the due date with an approval reference', () =>
      given([founded])
        .when(postpone('2029-01-31'))
        .then([
          {
            type: 'BranchRenewalPostponed',
            data: {
              occurredOn: '2028-03-01',
              branchId: 'rehab',
              approvalRef: '川医协〔2028〕12号',
              previousDueOn: '2028-06-01',
              newDueOn: '2029-01-31',
            },
          },
        ]));

    it('needs an approval reference', () => given([founded]).when(postpone('2029-01-31', '  ')).thenThrows(PostponementNeedsApproval));

    it('pushes the due date by at most one year past the term end', () =>
      given([founded])
        .when(postpone('2029-06-02'))
        .thenThrows(PostponementTooLong, /at most one year/));

    it('a second postponement still ends within the year', () => {
      const first: BranchEvent = {
        type: 'BranchRenewalPostponed',
        data: { occurredOn: '2028-03-01', branchId: 'rehab', approvalRef: 'A', previousDueOn: '2028-06-01', newDueOn: '2028-12-01' },
      };
      given([founded, first]).when(postpone('2029-07-01')).thenThrows(PostponementTooLong);
      given([founded, first]).when(postpone('2028-11-01')).thenThrows(PostponementNotLater);
    });

    it('renewal after a postponement resets the due date to the new term end', () => {
      const first: BranchEvent = {
        type: 'BranchRenewalPostponed',
        data: { occurredOn: '2028-03-01', branchId: 'rehab', approvalRef: 'A', previousDueOn: '2028-06-01', newDueOn: '2028-12-01' },
      };
      const renewed: BranchEvent = {
        type: 'BranchTermRenewed',
        data: {
          occurredOn: '2028-11-20',
          branchId: 'rehab',
          term: { number: 2, startedOn: '2028-11-20', endsOn: '2033-11-20' },
          leadership: [],
        },
      };
      const state = [founded, first, renewed].reduce(branchDecider.evolve, branchDecider.initialState());
      expect(state).toMatchObject({ status: 'active', dueOn: '2033-11-20', term: { number: 2 } });
    });
  });

  describe('party group and leadership', () => {
    it('forms a party working group once', () => {
      given([founded])
        .when({ type: 'FormPartyGroup', data: { branchId: 'rehab', formedOn: '2023-08-01' } })
        .then([{ type: 'PartyGroupFormed', data: { occurredOn: '2023-08-01', branchId: 'rehab' } }]);
      given([founded, { type: 'PartyGroupFormed', data: { occurredOn: '2023-08-01', branchId: 'rehab' } }])
        .when({ type: 'FormPartyGroup', data: { branchId: 'rehab', formedOn: '2023-09-01' } })
        .thenThrows(PartyGroupAlreadyFormed);
    });

    it('changes leadership of an active branch', () =>
      given([founded])
        .when({
          type: 'ChangeBranchLeadership',
          data: { branchId: 'rehab', changedOn: '2024-01-10', leadership: [{ role: '会长', name: '张三' }] },
        })
        .then([
          {
            type: 'BranchLeadershipChanged',
            data: { occurredOn: '2024-01-10', branchId: 'rehab', leadership: [{ role: '会长', name: '张三' }] },
          },
        ]));
  });

  describe('preparation (筹备) and sub-groups (学组)', () => {
    const preparing: BranchEvent = {
      type: 'BranchPreparationApproved',
      data: { occurredOn: '2023-04-20', branchId: 'rehab', name: '医疗康复管理分会', kind: 'society', approvalRef: '四届五次理事会' },
    };
    const found = {
      type: 'FoundBranch' as const,
      data: { branchId: 'rehab', name: '医疗康复管理分会', kind: 'society' as const, foundedOn: '2023-06-01' },
    };

    it('approves preparing a branch, which is founded later under its id', () => {
      given([])
        .when({
          type: 'ApproveBranchPreparation',
          data: { branchId: 'rehab', name: '医疗康复管理分会', kind: 'society', approvedOn: '2023-04-20', approvalRef: ' 四届五次理事会 ' },
        })
        .then([preparing]);
      given([preparing]).when(found).then([founded]);
    });
    it('a branch in preparation is not a branch yet: it renews nothing, has no party group; prepared twice is refused', () => {
      given([preparing])
        .when({ type: 'FormPartyGroup', data: { branchId: 'rehab', formedOn: '2023-05-01' } })
        .thenThrows(BranchStillInPreparation, /筹备/);
      given([preparing])
        .when({ type: 'ApproveBranchPreparation', data: { branchId: 'rehab', name: 'x', kind: 'society', approvedOn: '2023-05-01' } })
        .thenThrows(BranchAlreadyExists);
      given([founded])
        .when({ type: 'ApproveBranchPreparation', data: { branchId: 'rehab', name: 'x', kind: 'society', approvedOn: '2023-07-01' } })
        .thenThrows(BranchAlreadyExists);
    });
    it('sets up sub-groups under an active branch, each once', () => {
      const subgroup: BranchEvent = {
        type: 'BranchSubgroupSetUp',
        data: { occurredOn: '2023-09-01', branchId: 'rehab', subgroupId: 'kids', name: '儿童康复学组' },
      };
      given([founded])
        .when({ type: 'SetUpBranchSubgroup', data: { branchId: 'rehab', subgroupId: 'kids', name: '儿童康复学组', setUpOn: '2023-09-01' } })
        .then([subgroup]);
      given([founded, subgroup])
        .when({ type: 'SetUpBranchSubgroup', data: { branchId: 'rehab', subgroupId: 'kids', name: 'again', setUpOn: '2023-10-01' } })
        .thenThrows(SubgroupAlreadySetUp);
      given([])
        .when({ type: 'SetUpBranchSubgroup', data: { branchId: 'rehab', subgroupId: 'kids', name: 'x', setUpOn: '2023-10-01' } })
        .thenThrows(BranchNotFound);
    });
  });

  describe('DissolveBranch', () => {
    it('dissolves, after which nothing else is accepted', () => {
      given([founded])
        .when({ type: 'DissolveBranch', data: { branchId: 'rehab', dissolvedOn: '2024-01-01', reason: 'merged' } })
        .then([dissolved]);
      given([founded, dissolved])
        .when({ type: 'FormPartyGroup', data: { branchId: 'rehab', formedOn: '2024-02-01' } })
        .thenThrows(BranchDissolvedError);
    });
  });

  describe("under a tenant's own bylaws", () => {
    const fourYears = deciderSpec(branchDeciderFor({ ...DEFAULT_BYLAWS, maxTermYears: 4 }));
    it('takes the term length from the bylaws and refuses a longer one', () => {
      fourYears([])
        .when({ type: 'FoundBranch', data: { branchId: 'x', name: 'x', kind: 'society', foundedOn: '2023-01-01' } })
        .then([
          {
            type: 'BranchFounded',
            data: {
              occurredOn: '2023-01-01',
              branchId: 'x',
              name: 'x',
              kind: 'society',
              term: { number: 1, startedOn: '2023-01-01', endsOn: '2027-01-01' },
              leadership: [],
            },
          },
        ]);
      fourYears([])
        .when({ type: 'FoundBranch', data: { branchId: 'x', name: 'x', kind: 'society', foundedOn: '2023-01-01', termYears: 5 } })
        .thenThrows(TermTooLong, /at most 4 years/);
    });
  });
});
