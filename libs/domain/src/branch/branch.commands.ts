import type { DomainCommand } from '../shared/decider';
import type { IsoDate } from '../shared/values';
import type { BranchKind, Leader } from './branch.events';

export type FoundBranch = DomainCommand<
  'FoundBranch',
  {
    branchId: string;
    name: string;
    kind: BranchKind;
    foundedOn: IsoDate;
    /** Length of the first term; at most the bylaws' maximum. */
    termYears?: number;
    leadership?: Leader[];
    /** Set when a branch tries to set up a branch of its own, which the rules forbid. */
    parentBranchId?: string;
  }
>;
export type RegisterBranch = DomainCommand<
  'RegisterBranch',
  {
    branchId: string;
    name: string;
    kind: BranchKind;
    registeredOn: IsoDate;
    termNumber: number;
    termStartedOn: IsoDate;
    termEndsOn?: IsoDate;
    hasPartyGroup?: boolean;
    leadership?: Leader[];
  }
>;
export type RenewBranchTerm = DomainCommand<
  'RenewBranchTerm',
  { branchId: string; renewedOn: IsoDate; termYears?: number; leadership?: Leader[] }
>;
export type PostponeBranchRenewal = DomainCommand<
  'PostponeBranchRenewal',
  { branchId: string; decidedOn: IsoDate; approvalRef: string; newDueOn: IsoDate }
>;
export type ChangeBranchLeadership = DomainCommand<
  'ChangeBranchLeadership',
  { branchId: string; changedOn: IsoDate; leadership: Leader[] }
>;
export type FormPartyGroup = DomainCommand<'FormPartyGroup', { branchId: string; formedOn: IsoDate; leader?: string }>;
export type DissolveBranch = DomainCommand<'DissolveBranch', { branchId: string; dissolvedOn: IsoDate; reason: string }>;

export type ApproveBranchPreparation = DomainCommand<
  'ApproveBranchPreparation',
  { branchId: string; name: string; kind: BranchKind; approvedOn: IsoDate; approvalRef?: string }
>;
export type SetUpBranchSubgroup = DomainCommand<
  'SetUpBranchSubgroup',
  { branchId: string; subgroupId: string; name: string; setUpOn: IsoDate }
>;

export type BranchCommand =
  | ApproveBranchPreparation
  | SetUpBranchSubgroup
  | FoundBranch
  | RegisterBranch
  | RenewBranchTerm
  | PostponeBranchRenewal
  | ChangeBranchLeadership
  | FormPartyGroup
  | DissolveBranch;
