import { DomainError } from '../shared/domain-error';

export const INDICATOR_KEY = /^[a-z][a-zA-Z0-9]*$/;

export class InvalidIndicatorKey extends DomainError {
  readonly rule = 'indicator-key-camel-case';
  constructor(key: string) {
    super(`an indicator key is a camelCase word of letters and digits starting with a lowercase letter, got ${JSON.stringify(key)}`);
  }
}

export class InvalidIndicatorYear extends DomainError {
  readonly rule = 'indicator-year-whole';
  constructor(year: number) {
    super(`an indicator is recorded for a calendar year, got ${year}`);
  }
}

export class InvalidIndicatorPeriod extends DomainError {
  readonly rule = 'indicator-period-within-year';
  constructor(from: string, to: string, year: number) {
    super(`an indicator's period starts before it ends and ends in its year ${year}, got ${from} .. ${to}`);
  }
}

export class IndicatorStreamMismatch extends DomainError {
  readonly rule = 'indicator-key-year-match-stream';
  constructor(recorded: string, requested: string) {
    super(`this stream records indicator ${recorded}; ${requested} belongs to another stream`);
  }
}
