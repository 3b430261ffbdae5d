import { DomainError } from '../shared/domain-error';

export class MeetingSeriesAlreadyDeclared extends DomainError {
  readonly rule = 'meeting-series-declared-once';
  constructor(body: string, term: number) {
    super(`the meetings of ${body} in term ${term} are already declared: a series is declared once`);
  }
}

export class MeetingSeriesNotDeclared extends DomainError {
  readonly rule = 'meeting-series-must-be-declared';
  constructor() {
    super('the meeting series must be declared (body, term, members) before its meetings are recorded');
  }
}

export class MeetingBodyUnknown extends DomainError {
  readonly rule = 'meeting-body-known';
  constructor(body: unknown) {
    super(
      `meetings are held by the general assembly, council, standing council, president's office, branch-<branchId> or conference-<slug>, not ${JSON.stringify(body)}`,
    );
  }
}

export class MeetingNumberInvalid extends DomainError {
  readonly rule = 'counts-are-whole-numbers';
  constructor(field: string, value: unknown, min = 0) {
    super(`${field} must be a whole number of at least ${min}, got ${JSON.stringify(value)}`);
  }
}

export class MeetingDateInvalid extends DomainError {
  readonly rule = 'date-is-iso-date';
  constructor(field: string, value: unknown) {
    super(`${field} must be a calendar date (YYYY-MM-DD), got ${JSON.stringify(value)}`);
  }
}

export class MeetingIdTaken extends DomainError {
  readonly rule = 'meeting-id-unique-in-series';
  constructor(meetingId: string) {
    super(`meeting ${meetingId} is already in this series: a meeting id is used once`);
  }
}

export class MeetingNotScheduled extends DomainError {
  readonly rule = 'meeting-must-be-scheduled';
  constructor(meetingId: string) {
    super(`meeting ${meetingId} has not been scheduled`);
  }
}

export class MeetingAlreadyHeld extends DomainError {
  readonly rule = 'meeting-held-once';
  constructor(meetingId: string) {
    super(`meeting ${meetingId} is already held: a meeting is held once`);
  }
}

export class MeetingCancelledError extends DomainError {
  readonly rule = 'cancelled-meeting-is-closed';
  constructor(meetingId: string) {
    super(`meeting ${meetingId} was cancelled and takes no further commands`);
  }
}

export class MeetingNotCancellable extends DomainError {
  readonly rule = 'only-scheduled-meeting-cancelled';
  constructor(meetingId: string) {
    super(`meeting ${meetingId} was held: only a meeting scheduled and not yet held can be cancelled`);
  }
}

export class GeneralAssemblyNoticeTooLate extends DomainError {
  readonly rule = 'general-assembly-notice-days-ahead';
  constructor(sentOn: string, scheduledOn: string, days: number) {
    super(
      `by the bylaws a general assembly's notice goes out at least ${days} days before it: a notice on ${sentOn} for ${scheduledOn} is late`,
    );
  }
}

export class NoticeAfterMeeting extends DomainError {
  readonly rule = 'notice-before-meeting';
  constructor(meetingId: string, sentOn: string) {
    super(`a notice of meeting ${meetingId} goes out before the meeting, not on ${sentOn}`);
  }
}

/**
 * The declaration's heldSoFar already counts the meetings held before it, unrecorded: one of them
 * recorded now would be counted twice, and which ordinal it had is not known.
 */
export class MeetingHeldBeforeDeclaration extends DomainError {
  readonly rule = 'meeting-held-after-series-declared';
  constructor(heldOn: string, declaredOn: string) {
    super(
      `meetings are recorded from the series declaration (${declaredOn}) on: the ones held before it, such as ${heldOn}, ` +
        'are counted by its heldSoFar',
    );
  }
}

export class MeetingDatesOutOfOrder extends DomainError {
  readonly rule = 'meeting-dates-in-order';
  constructor(later: string, laterOn: string, earlier: string, earlierOn: string) {
    super(`a meeting is ${later} (${laterOn}) no earlier than it is ${earlier} (${earlierOn})`);
  }
}

export class PresentExceedsMembers extends DomainError {
  readonly rule = 'present-at-most-members';
  constructor(present: number, membersTotal: number) {
    super(`more present (${present}) than the body has members (${membersTotal})`);
  }
}

export class ResolutionsWithoutQuorum extends DomainError {
  readonly rule = 'resolutions-need-quorum';
  constructor(present: number, required: number) {
    super(`without a quorum no resolution is adopted: ${present} present, ${required} required`);
  }
}

export class VotesExceedPresent extends DomainError {
  readonly rule = 'votes-at-most-present';
  constructor(title: string, votes: number, present: number) {
    super(`resolution "${title}" states ${votes} votes with ${present} present: votes are at most those present`);
  }
}

export class MeetingNotHeld extends DomainError {
  readonly rule = 'minutes-after-meeting-held';
  constructor(meetingId: string) {
    super(`meeting ${meetingId} has not been held: minutes are recorded for a held meeting`);
  }
}

export class MinutesAlreadyRecorded extends DomainError {
  readonly rule = 'minutes-recorded-once';
  constructor(meetingId: string) {
    super(`the minutes of meeting ${meetingId} are already recorded`);
  }
}

export class MeetingReasonRequired extends DomainError {
  readonly rule = 'reason-required';
  constructor() {
    super('a cancellation of a meeting must state its reason');
  }
}

export class MeetingsBackfillAlreadyRecorded extends DomainError {
  readonly rule = 'backfill-recorded-once';
  constructor(backfillId: string) {
    super(`the total ${backfillId} is already recorded: correct it with a new sequence number, or retract it`);
  }
}

export class ResolutionsNeedAttendance extends DomainError {
  readonly rule = 'resolutions-need-present';
  constructor(count: number) {
    super(`${count} resolution(s) stated without the members present: state present, the votes are counted against it`);
  }
}
