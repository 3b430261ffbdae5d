import { DomainError } from '../shared/domain-error';
import { lifecycleError } from '../shared/record-lifecycle';

export class HonorAlreadyRecorded extends lifecycleError(
  'honor-recorded-once',
  (id) => `honor ${id} is already recorded: an honor is recorded once`,
) {}

export class HonorNotFound extends lifecycleError('honor-must-exist', (id) => `honor ${id} has not been recorded`) {}

export class HonorRecordRetractedError extends lifecycleError(
  'retracted-honor-is-closed',
  (id) => `the record of honor ${id} was retracted and takes no further commands`,
) {}

export class RetractionNeedsReason extends DomainError {
  readonly rule = 'retraction-states-reason';
  constructor() {
    super('retracting an honor record states the reason');
  }
}

export class RecipientsInvalid extends DomainError {
  readonly rule = 'recipients-counted';
  constructor(field: string, got: unknown) {
    super(
      `${field}: recipients counted together state how many, at least one, as a count; names are up to 20, none blank: got ${JSON.stringify(got)}`,
    );
  }
}

export class AwardeesInvalid extends DomainError {
  readonly rule = 'awardees-counted';
  constructor(awardees: unknown) {
    super(`an honor awarded states how many received it, at least one, as a count: got ${JSON.stringify(awardees)}`);
  }
}
