import { DomainError } from '../shared/domain-error';
import { lifecycleError } from '../shared/record-lifecycle';

// The rules shared with the other recorded facts, under this aggregate's names.
export {
  RecordDateInvalid as GrantDateInvalid,
  RecordCountInvalid as GrantCountInvalid,
  BackfillNeedsSource as GrantBackfillNeedsSource,
  RecordReasonRequired as GrantReasonRequired,
  RecordCorrectionNotApplicable as GrantCorrectionNotApplicable,
  RecordCorrectionEmpty as GrantCorrectionEmpty,
} from '../shared/record-errors';

export class GrantAlreadyRecorded extends lifecycleError(
  'grant-recorded-once',
  (id) => `grant ${id} is already recorded: a grant is recorded once`,
) {}

export class GrantNotRecorded extends lifecycleError('grant-must-be-recorded', (id) => `grant ${id} has not been recorded`) {}

export class GrantRecordRetractedError extends lifecycleError(
  'retracted-record-is-closed',
  (id) => `the record of grant ${id} was retracted and takes no further commands`,
) {}

export class GrantAlreadyAwarded extends DomainError {
  readonly rule = 'grant-awarded-once';
  constructor(grantId: string) {
    super(`grant ${grantId} is already awarded: a grant is awarded once`);
  }
}

export class GrantNotAwarded extends DomainError {
  readonly rule = 'grant-concluded-after-award';
  constructor(grantId: string) {
    super(`grant ${grantId} has not been awarded: a grant is concluded only after it was awarded`);
  }
}

export class GrantAlreadyConcluded extends DomainError {
  readonly rule = 'grant-concluded-once';
  constructor(grantId: string) {
    super(`grant ${grantId} is already concluded: a grant is concluded at most once`);
  }
}

export class GrantKindMismatch extends DomainError {
  readonly rule = 'command-fits-grant-record';
  constructor(action: string, grantId: string, kind: string) {
    super(`only the organization's own grants can be ${action}: ${grantId} is ${kind}`);
  }
}

export class GrantCallMismatch extends DomainError {
  readonly rule = 'award-matches-application-call';
  constructor(applied: string, awarded: string) {
    super(`an award answers the call the application was made to (${applied}), not ${awarded}`);
  }
}

export class GrantAmountInvalid extends DomainError {
  readonly rule = 'amount-in-whole-yuan';
  constructor(field: string, value: unknown) {
    super(`${field} is stated in whole yuan, at least zero, got ${JSON.stringify(value)}`);
  }
}

export class YouthGrantsExceedTotal extends DomainError {
  readonly rule = 'youth-count-at-most-count';
  constructor(youthCount: number, count: number) {
    super(`youth grants (${youthCount}) are part of the grants and at most their count (${count})`);
  }
}

export class GrantDatesOutOfOrder extends DomainError {
  readonly rule = 'grant-dates-in-order';
  constructor(later: string, laterOn: string, earlier: string, earlierOn: string) {
    super(`a grant is ${later} (${laterOn}) no earlier than it was ${earlier} (${earlierOn})`);
  }
}

export class GrantCallAlreadyOpened extends DomainError {
  readonly rule = 'grant-call-opened-once';
  constructor(callId: string) {
    super(`grant call ${callId} is already open: a call is opened once`);
  }
}

export class GrantCallClosesBeforeOpening extends DomainError {
  readonly rule = 'grant-call-closes-after-opening';
  constructor(openedOn: string, closesOn: string) {
    super(`a grant call must close after it opens: ${openedOn} .. ${closesOn}`);
  }
}
