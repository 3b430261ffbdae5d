import { DomainError } from '../shared/domain-error';

export class OrganizationAlreadyRegistered extends DomainError {
  readonly rule = 'organization-registered-once';
  constructor(name: string) {
    super(`the organization is already registered as ${name}: an organization is registered once`);
  }
}

export class OrganizationNotRegistered extends DomainError {
  readonly rule = 'organization-must-be-registered';
  constructor(command: string) {
    super(`${command} needs a registered organization: register the organization first`);
  }
}

export class InvalidBylawsSetting extends DomainError {
  readonly rule = 'bylaws-setting-in-range';
  constructor(
    readonly setting: string,
    allowed: string,
    value: unknown,
  ) {
    super(`bylaws setting ${setting} must be ${allowed}, got ${JSON.stringify(value)}`);
  }
}

export class OrganizationTermTooLong extends DomainError {
  readonly rule = 'term-at-most-max-years';
  constructor(endsOn: string, latest: string, maxYears: number) {
    super(`a term lasts at most ${maxYears} years by the bylaws: it must end by ${latest}, got ${endsOn}`);
  }
}

export class InvalidOrganizationTermDates extends DomainError {
  readonly rule = 'term-end-after-start';
  constructor(startedOn: string, endsOn: string) {
    super(`a term must end after it starts: ${startedOn} .. ${endsOn}`);
  }
}

export class TermNumberNotPositive extends DomainError {
  readonly rule = 'term-number-positive';
  constructor(termNumber: number) {
    super(`a term number is a whole number from 1 (the first term), got ${termNumber}`);
  }
}

export class TermNumberNotNext extends DomainError {
  readonly rule = 'term-number-follows-previous';
  constructor(expected: number, termNumber: number) {
    super(`the next term follows the previous one: expected term ${expected}, got ${termNumber}`);
  }
}

export class TermStartsBeforePrevious extends DomainError {
  readonly rule = 'term-starts-after-previous';
  constructor(startedOn: string, previousStartedOn: string) {
    super(`a new term must start after the previous term started on ${previousStartedOn}, got ${startedOn}`);
  }
}

export class RegulationAlreadyAdopted extends DomainError {
  readonly rule = 'regulation-adopted-once';
  constructor(regulationId: string) {
    super(`regulation ${regulationId} is already adopted: a regulation is adopted once, then revised`);
  }
}

export class RegulationCountNotPositive extends DomainError {
  readonly rule = 'regulation-count-positive';
  constructor(count: number) {
    super(`a regulation record counts a whole number of regulations, at least 1, got ${count}`);
  }
}

export const MAX_REGULATION_SET_LENGTH = 30;

export class RegulationSetInvalid extends DomainError {
  readonly rule = 'regulation-set-named';
  override readonly field = 'set';
  constructor(set: unknown) {
    super(`a regulation set is a name of 1 to ${MAX_REGULATION_SET_LENGTH} characters (应急管理制度), got ${JSON.stringify(set)}`);
  }
}

export class PartyUnitAlreadyFounded extends DomainError {
  readonly rule = 'party-unit-id-unique';
  constructor(unitId: string) {
    super(`party unit ${unitId} already exists: a party unit id is unique within the organization`);
  }
}

export class PartyUnitCountNotPositive extends DomainError {
  readonly rule = 'party-unit-count-positive';
  constructor(count: number) {
    super(`a party unit record counts a whole number of units, at least 1, got ${count}`);
  }
}

export class YearlyReportAlreadyIssued extends DomainError {
  readonly rule = 'yearly-report-issued-once';
  constructor(year: number, documentNumber: string) {
    super(`the ${year} yearly report was already issued as ${documentNumber}: a year's report is issued once`);
  }
}

export class YearlyReportIssuedTooEarly extends DomainError {
  readonly rule = 'yearly-report-issued-from-its-year';
  constructor(year: number, issuedOn: string) {
    super(`the ${year} yearly report cannot be issued before its year begins, got issuedOn ${issuedOn}`);
  }
}
