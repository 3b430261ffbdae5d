import { DomainError } from '../shared/domain-error';
import { lifecycleError } from '../shared/record-lifecycle';

// The rules shared with the other recorded facts, under this aggregate's names.
export {
  RecordDateInvalid as ReportDateInvalid,
  RecordCountInvalid as ReportCountInvalid,
  BackfillNeedsSource as ReportBackfillNeedsSource,
  RecordReasonRequired as ReportReasonRequired,
  RecordCorrectionNotApplicable as ReportCorrectionNotApplicable,
  RecordCorrectionEmpty as ReportCorrectionEmpty,
} from '../shared/record-errors';

export class ReportAlreadyRecorded extends lifecycleError(
  'report-recorded-once',
  (id) => `report ${id} is already recorded: a report is recorded once`,
) {}

export class ReportNotIssued extends lifecycleError('report-must-be-issued', (id) => `report ${id} has not been issued or recorded`) {}

export class ReportRecordRetractedError extends lifecycleError(
  'retracted-record-is-closed',
  (id) => `the record of report ${id} was retracted and takes no further commands`,
) {}

export class BackfillNotSubmittable extends DomainError {
  readonly rule = 'only-issued-report-submitted';
  constructor(reportId: string) {
    super(`${reportId} is a backfilled total, not an issued report: only an issued report is submitted`);
  }
}

export class ReportAlreadySubmitted extends DomainError {
  readonly rule = 'report-submitted-once-per-body';
  constructor(reportId: string, body: string) {
    super(`report ${reportId} was already submitted to ${body}: a report is submitted once to each body`);
  }
}

export class SubmissionNeedsBody extends DomainError {
  readonly rule = 'submission-names-body';
  constructor() {
    super('a submission names the government body it went to');
  }
}

export class ReportDatesOutOfOrder extends DomainError {
  readonly rule = 'report-submitted-after-issue';
  constructor(issuedOn: string, submittedOn: string) {
    super(`a report is submitted (${submittedOn}) no earlier than it is issued (${issuedOn})`);
  }
}

export class StandardLevelRequired extends DomainError {
  readonly rule = 'standard-needs-level';
  constructor() {
    super('a standard states its level: group, industry, local or national');
  }
}

export class StandardLevelNotApplicable extends DomainError {
  readonly rule = 'standard-level-only-for-standards';
  constructor(kind: string) {
    super(`only a standard has a standard level, not a ${kind}`);
  }
}

export class IssuesNotApplicable extends DomainError {
  readonly rule = 'issues-only-for-periodicals';
  constructor(kind: string) {
    super(`only journals and newsletters come out in issues, not a ${kind}`);
  }
}

export class PublicationsBackfillEmpty extends DomainError {
  readonly rule = 'backfill-states-a-total';
  constructor() {
    super('a backfilled publication total states at least one of issues, copies or posts');
  }
}
