import { DomainError } from '../shared/domain-error';

export class MemberAlreadyJoined extends DomainError {
  readonly rule = 'member-joins-once';
  constructor(memberId: string) {
    super(`member ${memberId} has already joined: a member joins once`);
  }
}

export class MemberNotFound extends DomainError {
  readonly rule = 'member-must-exist';
  constructor(memberId: string) {
    super(`member ${memberId} has not joined`);
  }
}

export class MemberHasLeft extends DomainError {
  readonly rule = 'member-left-is-closed';
  constructor(memberId: string, leftOn: string) {
    super(`member ${memberId} left on ${leftOn} and takes no further commands; a member joining again is recorded under a new member id`);
  }
}

export class DuesAlreadyPaid extends DomainError {
  readonly rule = 'dues-paid-once-per-year';
  constructor(memberId: string, year: number) {
    super(`member ${memberId} has already paid the dues of ${year}: dues are paid once per year`);
  }
}

export class InvalidDuesAmount extends DomainError {
  readonly rule = 'dues-whole-positive-yuan';
  constructor(amountYuan: number) {
    super(`dues are a whole, positive number of yuan, got ${amountYuan}`);
  }
}

export class LeftBeforeJoining extends DomainError {
  readonly rule = 'member-leaves-after-joining';
  constructor(leftOn: string, joinedOn: string) {
    super(`a member cannot leave on ${leftOn}, before joining on ${joinedOn}`);
  }
}
