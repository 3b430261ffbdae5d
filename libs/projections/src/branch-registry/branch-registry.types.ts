import type { IsoDate, branch } from '@assocflow/domain';

/** Computed for a given day by `branchStatus`; never stored, since it changes with the calendar. */
export type BranchStatus = 'current' | 'due-soon' | 'overdue' | 'postponed' | 'dissolved';

export const BRANCH_STATUSES = ['current', 'due-soon', 'overdue', 'postponed', 'dissolved'] as const satisfies readonly BranchStatus[];

/** 延期换届: approved, it moves the renewal due date to `newDueOn` (at most a year after the term end). */
export interface BranchPostponement {
  approvalRef: string;
  decidedOn: IsoDate;
  previousDueOn: IsoDate;
  newDueOn: IsoDate;
}

/** One 届 of the branch. The last entry of `history` is the current term. */
export interface BranchTermRecord extends branch.BranchTerm {
  /** The day the next term started (换届), which ended this one; absent for the current term. */
  renewedOn?: IsoDate;
  /** The postponement in force when the term ended (or now, for the current term). */
  postponement?: BranchPostponement;
}

export interface BranchEntry {
  branchId: string;
  name: string;
  kind: branch.BranchKind;
  /** Founded while recording (BranchFounded), or declared as it stood (BranchRegistered). */
  origin: 'founded' | 'registered';
  /** The business date of the founding or registration event. */
  recordedOn: IsoDate;
  term: branch.BranchTerm;
  /** When the renewal is due: the term end, or the postponed date. */
  dueOn: IsoDate;
  /** The postponement of the current term's renewal, if one was approved. */
  postponement?: BranchPostponement;
  leadership: branch.Leader[];
  hasPartyGroup: boolean;
  /** PartyGroupFormed; absent when the group predates recording (BranchRegistered hasPartyGroup). */
  partyGroup?: { formedOn: IsoDate; leader?: string };
  dissolved?: { dissolvedOn: IsoDate; reason: string };
  /** Every term recorded, oldest first; the last one is `term`. */
  history: BranchTermRecord[];
}

/** One document per tenant, key `<tenant>`. */
export interface BranchRegistryDoc {
  tenant: string;
  /**
   * The renewal preparation window of the tenant's bylaws (renewalPreparationMonths, six by
   * default): a branch is due soon within this many months before its due date.
   */
  renewalPreparationMonths: number;
  branches: Record<string, BranchEntry>;
}

/** A branch as the read API lists it: the stored facts and the status on the day asked. */
export interface BranchView extends BranchEntry {
  status: BranchStatus;
}
