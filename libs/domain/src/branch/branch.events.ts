import type { DomainEvent } from '../shared/decider';
import type { IsoDate } from '../shared/values';

/** 分会 (society), 专委会 (specialist committee), or another kind of 分支机构. */
export type BranchKind = 'society' | 'committee' | 'other';

export interface Leader {
  role: string;
  name: string;
}

export interface BranchTerm {
  /** 届: the first term is 1. */
  number: number;
  startedOn: IsoDate;
  /** When the term ends and the renewal is due. */
  endsOn: IsoDate;
}

export type BranchFounded = DomainEvent<
  'BranchFounded',
  { occurredOn: IsoDate; branchId: string; name: string; kind: BranchKind; term: BranchTerm; leadership: Leader[] }
>;
/** A branch that existed before the organization started recording, declared as it stands. */
export type BranchRegistered = DomainEvent<
  'BranchRegistered',
  { occurredOn: IsoDate; branchId: string; name: string; kind: BranchKind; term: BranchTerm; hasPartyGroup: boolean; leadership: Leader[] }
>;
export type BranchTermRenewed = DomainEvent<
  'BranchTermRenewed',
  { occurredOn: IsoDate; branchId: string; term: BranchTerm; leadership: Leader[] }
>;
export type BranchRenewalPostponed = DomainEvent<
  'BranchRenewalPostponed',
  { occurredOn: IsoDate; branchId: string; approvalRef: string; previousDueOn: IsoDate; newDueOn: IsoDate }
>;
export type BranchLeadershipChanged = DomainEvent<
  'BranchLeadershipChanged',
  { occurredOn: IsoDate; branchId: string; leadership: Leader[] }
>;
export type PartyGroupFormed = DomainEvent<'PartyGroupFormed', { occurredOn: IsoDate; branchId: string; leader?: string }>;
export type BranchDissolved = DomainEvent<'BranchDissolved', { occurredOn: IsoDate; branchId: string; reason: string }>;
/**
 * 筹备: the council approved preparing a branch (筹备成立). It is not a branch yet: it counts
 * among the branches in preparation of the year, and is founded later (BranchFounded).
 */
export type BranchPreparationApproved = DomainEvent<
  'BranchPreparationApproved',
  { occurredOn: IsoDate; branchId: string; name: string; kind: BranchKind; approvalRef?: string }
>;
/** 学组: a working sub-group set up under a branch (not a branch of its own). */
export type BranchSubgroupSetUp = DomainEvent<
  'BranchSubgroupSetUp',
  { occurredOn: IsoDate; branchId: string; subgroupId: string; name: string }
>;

export type BranchEvent =
  | BranchFounded
  | BranchRegistered
  | BranchTermRenewed
  | BranchRenewalPostponed
  | BranchLeadershipChanged
  | PartyGroupFormed
  | BranchDissolved
  | BranchPreparationApproved
  | BranchSubgroupSetUp;

/** A branch exists from the first of these in its stream, which is always one of them. */
export const BRANCH_ESTABLISHING_EVENT_TYPES = ['BranchFounded', 'BranchRegistered'] as const satisfies readonly BranchEvent['type'][];

export const BRANCH_EVENT_TYPES = [
  'BranchFounded',
  'BranchRegistered',
  'BranchTermRenewed',
  'BranchRenewalPostponed',
  'BranchLeadershipChanged',
  'PartyGroupFormed',
  'BranchDissolved',
  'BranchPreparationApproved',
  'BranchSubgroupSetUp',
] as const satisfies readonly BranchEvent['type'][];
