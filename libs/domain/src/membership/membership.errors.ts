import { DomainError } from '../shared/domain-error';

export class MembershipTotalsAlreadyRecorded extends DomainError {
  readonly rule = 'membership-totals-recorded-once';
  constructor(year: number) {
    super(`the membership totals of ${year} are already recorded: they are recorded once per year, then corrected`);
  }
}

export class MembershipTotalsNotRecorded extends DomainError {
  readonly rule = 'membership-totals-must-exist';
  constructor(year: number) {
    super(`the membership totals of ${year} are not recorded: there is nothing to correct`);
  }
}

export class MembershipTotalsEmpty extends DomainError {
  readonly rule = 'membership-totals-state-a-figure';
  constructor() {
    super('membership totals state at least one figure: members joined or members at year end');
  }
}

export class InvalidMembershipCount extends DomainError {
  readonly rule = 'membership-count-whole-non-negative';
  constructor(figure: string, value: number) {
    super(`a membership count is a whole number, 0 or more: ${figure} is ${value}`);
  }
}

export class MembershipTotalsNeedSource extends DomainError {
  readonly rule = 'membership-totals-cite-source';
  constructor() {
    super('membership totals cite the document they come from');
  }
}

export class InvalidMembershipYear extends DomainError {
  readonly rule = 'membership-year-whole';
  constructor(year: number) {
    super(`membership totals are stated for a calendar year, got ${year}`);
  }
}
