import { unreachable, type Decider } from '../shared/decider';
import { DEFAULT_BYLAWS, type Bylaws } from '../shared/bylaws';
import { addYears, type IsoDate } from '../shared/values';
import type { BranchCommand } from './branch.commands';
import type { BranchEvent, BranchKind, BranchTerm, Leader } from './branch.events';
import {
  BranchAlreadyExists,
  BranchCannotFoundBranch,
  BranchDissolvedError,
  BranchNotFound,
  InvalidTermDates,
  BranchStillInPreparation,
  SubgroupAlreadySetUp,
  PartyGroupAlreadyFormed,
  PostponementNeedsApproval,
  PostponementNotLater,
  PostponementTooLong,
  RenewalBeforeTermStart,
  TermTooLong,
} from './branch.errors';

export type BranchState =
  | { status: 'unknown' }
  | {
      status: 'active';
      branchId: string;
      name: string;
      kind: BranchKind;
      term: BranchTerm;
      /** The renewal due date: the term end, or later when a postponement was approved. */
      dueOn: IsoDate;
      leadership: Leader[];
      hasPartyGroup: boolean;
      /** The ids of its sub-groups (学组), when it has any. */
      subgroups?: string[];
    }
  | { status: 'dissolved'; branchId: string }
  /** 筹备: approved to be prepared, not founded yet. */
  | { status: 'preparing'; branchId: string; name: string; kind: BranchKind; since: IsoDate };

type Active = Extract<BranchState, { status: 'active' }>;

type BranchBylaws = Pick<Bylaws, 'maxTermYears' | 'maxRenewalPostponementYears'>;

function termOf(bylaws: BranchBylaws, number: number, startedOn: IsoDate, years = bylaws.maxTermYears): BranchTerm {
  if (years > bylaws.maxTermYears) throw new TermTooLong(years, bylaws.maxTermYears);
  return { number, startedOn, endsOn: addYears(startedOn, years) };
}

function requireActive(state: BranchState, branchId: string): Active {
  if (state.status === 'unknown') throw new BranchNotFound(branchId);
  if (state.status === 'dissolved') throw new BranchDissolvedError(branchId);
  if (state.status === 'preparing') throw new BranchStillInPreparation(branchId);
  return state;
}

function requireNew(state: BranchState, branchId: string): void {
  if (state.status !== 'unknown') throw new BranchAlreadyExists(branchId);
}

/** The rules under one tenant's bylaws (term length, postponement limit). */
export function decideUnder(bylaws: BranchBylaws, command: BranchCommand, state: BranchState): BranchEvent[] {
  const { maxTermYears, maxRenewalPostponementYears } = bylaws;
  switch (command.type) {
    case 'ApproveBranchPreparation': {
      const c = command.data;
      requireNew(state, c.branchId);
      return [
        {
          type: 'BranchPreparationApproved',
          data: {
            occurredOn: c.approvedOn,
            branchId: c.branchId,
            name: c.name,
            kind: c.kind,
            ...(c.approvalRef?.trim() ? { approvalRef: c.approvalRef.trim() } : {}),
          },
        },
      ];
    }
    case 'SetUpBranchSubgroup': {
      const c = command.data;
      const branch = requireActive(state, c.branchId);
      if (branch.subgroups?.includes(c.subgroupId)) throw new SubgroupAlreadySetUp(c.subgroupId);
      return [
        { type: 'BranchSubgroupSetUp', data: { occurredOn: c.setUpOn, branchId: c.branchId, subgroupId: c.subgroupId, name: c.name } },
      ];
    }
    case 'FoundBranch': {
      const c = command.data;
      if (c.parentBranchId) throw new BranchCannotFoundBranch(c.parentBranchId);
      // A branch in preparation is founded as any other; so is one never prepared.
      if (state.status !== 'preparing') requireNew(state, c.branchId);
      return [
        {
          type: 'BranchFounded',
          data: {
            occurredOn: c.foundedOn,
            branchId: c.branchId,
            name: c.name,
            kind: c.kind,
            term: termOf(bylaws, 1, c.foundedOn, c.termYears),
            leadership: c.leadership ?? [],
          },
        },
      ];
    }
    case 'RegisterBranch': {
      const c = command.data;
      requireNew(state, c.branchId);
      const term = c.termEndsOn
        ? { number: c.termNumber, startedOn: c.termStartedOn, endsOn: c.termEndsOn }
        : termOf(bylaws, c.termNumber, c.termStartedOn);
      if (term.endsOn <= term.startedOn) throw new InvalidTermDates(term.startedOn, term.endsOn);
      if (term.endsOn > addYears(term.startedOn, maxTermYears))
        throw new TermTooLong(Number(term.endsOn.slice(0, 4)) - Number(term.startedOn.slice(0, 4)), maxTermYears);
      return [
        {
          type: 'BranchRegistered',
          data: {
            occurredOn: c.registeredOn,
            branchId: c.branchId,
            name: c.name,
            kind: c.kind,
            term,
            hasPartyGroup: c.hasPartyGroup ?? false,
            leadership: c.leadership ?? [],
          },
        },
      ];
    }
    case 'RenewBranchTerm': {
      const c = command.data;
      const branch = requireActive(state, c.branchId);
      if (c.renewedOn <= branch.term.startedOn) throw new RenewalBeforeTermStart(c.renewedOn, branch.term.startedOn);
      return [
        {
          type: 'BranchTermRenewed',
          data: {
            occurredOn: c.renewedOn,
            branchId: c.branchId,
            term: termOf(bylaws, branch.term.number + 1, c.renewedOn, c.termYears),
            leadership: c.leadership ?? branch.leadership,
          },
        },
      ];
    }
    case 'PostponeBranchRenewal': {
      const c = command.data;
      const branch = requireActive(state, c.branchId);
      if (!c.approvalRef.trim()) throw new PostponementNeedsApproval();
      if (c.newDueOn <= branch.dueOn) throw new PostponementNotLater(c.newDueOn, branch.dueOn);
      const latest = addYears(branch.term.endsOn, maxRenewalPostponementYears);
      if (c.newDueOn > latest) throw new PostponementTooLong(c.newDueOn, latest);
      return [
        {
          type: 'BranchRenewalPostponed',
          data: {
            occurredOn: c.decidedOn,
            branchId: c.branchId,
            approvalRef: c.approvalRef.trim(),
            previousDueOn: branch.dueOn,
            newDueOn: c.newDueOn,
          },
        },
      ];
    }
    case 'ChangeBranchLeadership': {
      const c = command.data;
      requireActive(state, c.branchId);
      return [{ type: 'BranchLeadershipChanged', data: { occurredOn: c.changedOn, branchId: c.branchId, leadership: c.leadership } }];
    }
    case 'FormPartyGroup': {
      const c = command.data;
      const branch = requireActive(state, c.branchId);
      if (branch.hasPartyGroup) throw new PartyGroupAlreadyFormed(c.branchId);
      return [
        { type: 'PartyGroupFormed', data: { occurredOn: c.formedOn, branchId: c.branchId, ...(c.leader ? { leader: c.leader } : {}) } },
      ];
    }
    case 'DissolveBranch': {
      const c = command.data;
      requireActive(state, c.branchId);
      return [{ type: 'BranchDissolved', data: { occurredOn: c.dissolvedOn, branchId: c.branchId, reason: c.reason } }];
    }
    default:
      return unreachable(command);
  }
}

export function evolve(state: BranchState, event: BranchEvent): BranchState {
  switch (event.type) {
    case 'BranchFounded':
    case 'BranchRegistered': {
      const e = event.data;
      return {
        status: 'active',
        branchId: e.branchId,
        name: e.name,
        kind: e.kind,
        term: e.term,
        dueOn: e.term.endsOn,
        leadership: e.leadership,
        hasPartyGroup: event.type === 'BranchRegistered' ? event.data.hasPartyGroup : false,
      };
    }
    case 'BranchTermRenewed':
      return state.status === 'active'
        ? { ...state, term: event.data.term, dueOn: event.data.term.endsOn, leadership: event.data.leadership }
        : state;
    case 'BranchRenewalPostponed':
      return state.status === 'active' ? { ...state, dueOn: event.data.newDueOn } : state;
    case 'BranchLeadershipChanged':
      return state.status === 'active' ? { ...state, leadership: event.data.leadership } : state;
    case 'PartyGroupFormed':
      return state.status === 'active' ? { ...state, hasPartyGroup: true } : state;
    case 'BranchDissolved':
      return { status: 'dissolved', branchId: event.data.branchId };
    case 'BranchPreparationApproved': {
      const e = event.data;
      return { status: 'preparing', branchId: e.branchId, name: e.name, kind: e.kind, since: e.occurredOn };
    }
    case 'BranchSubgroupSetUp':
      return state.status === 'active' ? { ...state, subgroups: [...(state.subgroups ?? []), event.data.subgroupId] } : state;
    default:
      return unreachable(event);
  }
}

export const initialState = (): BranchState => ({ status: 'unknown' });

export const decide = (command: BranchCommand, state: BranchState): BranchEvent[] => decideUnder(DEFAULT_BYLAWS, command, state);

/** The branch decider under a tenant's effective bylaws; `branchDecider` uses the defaults. */
export const branchDeciderFor = (bylaws: BranchBylaws): Decider<BranchCommand, BranchEvent, BranchState> => ({
  decide: (command, state) => decideUnder(bylaws, command, state),
  evolve,
  initialState,
});

export const branchDecider: Decider<BranchCommand, BranchEvent, BranchState> = { decide, evolve, initialState };
