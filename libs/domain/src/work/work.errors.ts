import { DomainError } from '../shared/domain-error';
import { lifecycleError } from '../shared/record-lifecycle';

export class WorkRecordAlreadyRecorded extends lifecycleError(
  'work-recorded-once',
  (id) => `work record ${id} is already recorded: a record is recorded once, then corrected`,
) {}

export class WorkRecordNotFound extends lifecycleError('work-record-must-exist', (id) => `work record ${id} has not been recorded`) {}

export class WorkRecordRetractedError extends lifecycleError(
  'retracted-work-record-is-closed',
  (id) => `work record ${id} was retracted and takes no further commands`,
) {}

export class WorkMeasureUnknown extends DomainError {
  readonly rule = 'work-measure-known';
  constructor(measure: unknown) {
    super(`measure ${JSON.stringify(measure)} is not a work measure the product knows`);
  }
}

export class WorkCountInvalid extends DomainError {
  readonly rule = 'work-count-stated';
  constructor(count: unknown) {
    super(`a work record states its figure as a count of at least one (a marker only when approximate): got ${JSON.stringify(count)}`);
  }
}

export class WorkWhenInvalid extends DomainError {
  readonly rule = 'work-dated-or-yearly';
  constructor(detail: string) {
    super(`a work record happened on a day (on) or is the total of a year (year), exactly one: ${detail}`);
  }
}

export class WorkCorrectionEmpty extends DomainError {
  readonly rule = 'correction-changes-something';
  constructor(recordId: string) {
    super(`the correction of work record ${recordId} changes nothing`);
  }
}
