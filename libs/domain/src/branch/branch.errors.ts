import { DomainError } from '../shared/domain-error';

export class BranchAlreadyExists extends DomainError {
  readonly rule = 'branch-founded-once';
  constructor(branchId: string) {
    super(`branch ${branchId} already exists: a branch is founded once`);
  }
}

export class BranchNotFound extends DomainError {
  readonly rule = 'branch-must-exist';
  /** `field`: the body field of another record's command that names the branch (organizer.branchId). */
  constructor(
    branchId: string,
    override readonly field?: string,
  ) {
    super(
      field
        ? `${field} names branch ${branchId}, which has not been founded or registered`
        : `branch ${branchId} has not been founded or registered`,
    );
  }
}

export class BranchDissolvedError extends DomainError {
  readonly rule = 'dissolved-branch-is-closed';
  constructor(branchId: string) {
    super(`branch ${branchId} is dissolved and takes no further commands`);
  }
}

export class BranchCannotFoundBranch extends DomainError {
  readonly rule = 'branch-cannot-found-branch';
  constructor(parentBranchId: string) {
    super(`a branch cannot set up a branch of its own (requested by branch ${parentBranchId})`);
  }
}

export class TermTooLong extends DomainError {
  readonly rule = 'term-at-most-max-years';
  constructor(years: number, max: number) {
    super(`a term lasts at most ${max} years by the bylaws, got ${years}`);
  }
}

export class RenewalBeforeTermStart extends DomainError {
  readonly rule = 'renewal-after-term-start';
  constructor(renewedOn: string, startedOn: string) {
    super(`a renewal on ${renewedOn} cannot precede the start of the current term on ${startedOn}`);
  }
}

export class PostponementNeedsApproval extends DomainError {
  readonly rule = 'postponement-needs-approval';
  constructor() {
    super('a renewal postponement needs the approval reference of the body that approved it');
  }
}

export class PostponementTooLong extends DomainError {
  readonly rule = 'postponement-at-most-one-year';
  constructor(newDueOn: string, latest: string) {
    super(`a renewal may be postponed by at most one year past the term end: ${newDueOn} is after ${latest}`);
  }
}

export class PostponementNotLater extends DomainError {
  readonly rule = 'postponement-moves-due-date-later';
  constructor(newDueOn: string, dueOn: string) {
    super(`a postponement must move the due date later than ${dueOn}, got ${newDueOn}`);
  }
}

export class PartyGroupAlreadyFormed extends DomainError {
  readonly rule = 'party-group-formed-once';
  constructor(branchId: string) {
    super(`branch ${branchId} already has a party working group`);
  }
}

export class InvalidTermDates extends DomainError {
  readonly rule = 'term-end-after-start';
  constructor(startedOn: string, endsOn: string) {
    super(`a term must end after it starts: ${startedOn} .. ${endsOn}`);
  }
}

export class SubgroupAlreadySetUp extends DomainError {
  readonly rule = 'subgroup-set-up-once';
  constructor(subgroupId: string) {
    super(`sub-group ${subgroupId} is already set up under this branch`);
  }
}

export class BranchStillInPreparation extends DomainError {
  readonly rule = 'branch-founded-before-use';
  constructor(branchId: string) {
    super(`branch ${branchId} is in preparation (筹备): it takes this once founded`);
  }
}
