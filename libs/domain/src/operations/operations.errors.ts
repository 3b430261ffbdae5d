import { DomainError } from '../shared/domain-error';

export class OperatingFigureInvalid extends DomainError {
  readonly rule = 'operating-figure-valid';
  constructor(
    readonly index: number,
    reason: string,
  ) {
    super(`figures[${index}]: ${reason}`);
  }
}

export class OperatingFiguresRepeated extends DomainError {
  readonly rule = 'operating-figure-once';
  constructor(what: string) {
    super(`${what} is stated twice in one recording`);
  }
}

export class OperatingYearInvalid extends DomainError {
  readonly rule = 'operating-year-valid';
  constructor(year: unknown) {
    super(`year must be a year such as 2020, got ${JSON.stringify(year)}`);
  }
}
