import { DomainError } from '../shared/domain-error';
import { lifecycleError } from '../shared/record-lifecycle';

// The rules shared with the other recorded facts, under this aggregate's names.
export {
  RecordDateInvalid as ActivityDateInvalid,
  RecordCountInvalid as ActivityCountInvalid,
  BackfillNeedsSource as ActivityBackfillNeedsSource,
  RecordReasonRequired as ActivityReasonRequired,
  RecordCorrectionNotApplicable as ActivityCorrectionNotApplicable,
  RecordCorrectionEmpty as ActivityCorrectionEmpty,
} from '../shared/record-errors';

export class ActivityAlreadyRecorded extends lifecycleError(
  'activity-recorded-once',
  (id) => `activity ${id} is already recorded: an activity is recorded once`,
) {}

export class ActivityNotRecorded extends lifecycleError('activity-must-be-recorded', (id) => `activity ${id} has not been recorded`) {}

export class ActivityRecordRetractedError extends lifecycleError(
  'retracted-record-is-closed',
  (id) => `the record of activity ${id} was retracted and takes no further commands`,
) {}

export class ActivityEndsBeforeStart extends DomainError {
  readonly rule = 'activity-ends-after-start';
  constructor(heldOn: string, endedOn: string) {
    super(`an activity cannot end (${endedOn}) before it starts (${heldOn})`);
  }
}

export class ActivitySessionsInvalid extends DomainError {
  readonly rule = 'sessions-at-least-one';
  constructor(sessions: unknown) {
    super(`an activity is held in a whole number of sessions (场次), at least one, got ${JSON.stringify(sessions)}`);
  }
}

export class OnlineSessionsInconsistent extends DomainError {
  readonly rule = 'online-sessions-match-mode';
  constructor(mode: string, sessions: number, onlineSessions: unknown) {
    super(
      `online sessions must fit the mode (all when online, none when offline, at least one when hybrid) ` +
        `and be at most the sessions: ${mode}, ${sessions} sessions, ${JSON.stringify(onlineSessions)} online`,
    );
  }
}

export class PassedExceedsParticipants extends DomainError {
  readonly rule = 'passed-at-most-participants';
  constructor(passed: number, participants: number) {
    super(`more passed (${passed}) than took part (${participants}): those who passed are at most the participants`);
  }
}

export class BackfillFieldNotApplicable extends DomainError {
  readonly rule = 'backfill-field-fits-kind';
  constructor(field: string, kind: string) {
    super(`a ${kind} total cannot state ${field}: the field applies to ${field === 'peopleServed' ? 'welfare' : 'training'} totals only`);
  }
}
