import { DomainError } from './domain-error';

/** Rules every recorded fact shares (activities, grants, reports): one class each. */
export class RecordDateInvalid extends DomainError {
  readonly rule = 'date-is-iso-date';
  constructor(field: string, value: unknown) {
    super(`${field} must be a calendar date (YYYY-MM-DD) or year, got ${JSON.stringify(value)}`);
  }
}

export class RecordCountInvalid extends DomainError {
  readonly rule = 'counts-are-whole-numbers';
  constructor(field: string, value: unknown, min = 0) {
    super(`${field} must be a whole number of at least ${min}, got ${JSON.stringify(value)}`);
  }
}

export class BackfillNeedsSource extends DomainError {
  readonly rule = 'backfill-cites-source';
  constructor() {
    super('a backfilled total must cite the document it was read from');
  }
}

export class RecordReasonRequired extends DomainError {
  readonly rule = 'reason-required';
  constructor(action: 'correction' | 'retraction') {
    super(`a ${action} of a record must state its reason`);
  }
}

export class RecordCorrectionNotApplicable extends DomainError {
  readonly rule = 'correction-fits-record-kind';
  /** `record` as the domain describes it: `an issued report`, `a training record`. */
  constructor(field: string, record: string) {
    super(`a correction cannot change ${field} on ${record}: the field does not apply to it`);
  }
}

export class RecordCorrectionEmpty extends DomainError {
  readonly rule = 'correction-changes-something';
  /** `noun` is the record's own: `grant`, `report`, `activity`. */
  constructor(noun: string, id: string) {
    super(`a correction of ${noun} ${id} must change at least one field to a new value`);
  }
}
