import { unreachable, type Decider } from '../shared/decider';
import { defined } from '../shared/defined';
import { effectiveChanges, recordLifecycle, requireReason, type Recorded as RecordedOf } from '../shared/record-lifecycle';
import { isCount, isIsoDate, type Count } from '../shared/values';
import type { ReportCommand } from './report.commands';
import {
  PERIODICAL_KINDS,
  type BackfilledPublicationChanges,
  type IssuedReportChanges,
  type PublicationsBackfilled,
  type ReportChanges,
  type ReportEvent,
  type ReportIssued,
  type ReportKind,
  type Submission,
} from './report.events';
import {
  BackfillNotSubmittable,
  IssuesNotApplicable,
  PublicationsBackfillEmpty,
  ReportAlreadyRecorded,
  ReportAlreadySubmitted,
  ReportBackfillNeedsSource,
  ReportCorrectionEmpty,
  ReportCorrectionNotApplicable,
  ReportCountInvalid,
  ReportDateInvalid,
  ReportDatesOutOfOrder,
  ReportNotIssued,
  ReportReasonRequired,
  ReportRecordRetractedError,
  StandardLevelNotApplicable,
  StandardLevelRequired,
  SubmissionNeedsBody,
} from './report.errors';

export type ReportState =
  | { status: 'unknown' }
  | { status: 'issued'; data: ReportIssued['data']; submissions: Submission[] }
  | { status: 'backfilled'; data: PublicationsBackfilled['data'] }
  | { status: 'retracted'; reportId: string };

/** The same shape as `ReportRecord`, which corrections and retractions carry. */
type Recorded = RecordedOf<ReportState>;

const CORRECTABLE: Record<Recorded['status'], readonly string[]> = {
  issued: ['title', 'issuedOn', 'documentNumber', 'standardLevel', 'issuer', 'copies', 'issues', 'status'],
  backfilled: ['issues', 'copies', 'posts', 'note', 'source'],
};
const DESCRIBED: Record<Recorded['status'], string> = { issued: 'an issued report', backfilled: 'a backfilled total' };

const whole = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
const isPeriodical = (kind: ReportKind): boolean => (PERIODICAL_KINDS as readonly string[]).includes(kind);

function checkDate(field: string, value: unknown): void {
  if (!isIsoDate(value)) throw new ReportDateInvalid(field, value);
}

function checkCount(field: string, count: Count | undefined): void {
  if (count === undefined) return;
  if (!isCount(count)) throw new ReportCountInvalid(field, count);
}

function checkIssued(d: ReportIssued['data'], submissions: Submission[]): void {
  checkDate('issuedOn', d.occurredOn);
  if (d.kind === 'standard' && !d.standardLevel) throw new StandardLevelRequired();
  if (d.kind !== 'standard' && d.standardLevel !== undefined) throw new StandardLevelNotApplicable(d.kind);
  if (!isPeriodical(d.kind) && d.issues !== undefined) throw new IssuesNotApplicable(d.kind);
  if (d.issues !== undefined && !(whole(d.issues) && d.issues >= 1)) throw new ReportCountInvalid('issues', d.issues, 1);
  if (d.copies !== undefined && !whole(d.copies)) throw new ReportCountInvalid('copies', d.copies);
  if (d.coverage !== undefined) {
    checkCount('coverage.institutions', d.coverage.institutions);
    checkCount('coverage.respondents', d.coverage.respondents);
    if (d.coverage.regions !== undefined) {
      if (d.coverage.regions.count === undefined) throw new ReportCountInvalid('coverage.regions.count', undefined);
      checkCount('coverage.regions.count', d.coverage.regions.count);
      if (!['province', 'city', 'county'].includes(d.coverage.regions.level))
        throw new ReportCountInvalid('coverage.regions.level', d.coverage.regions.level);
    }
  }
  const early = submissions.find((s) => s.submittedOn < d.occurredOn);
  if (early) throw new ReportDatesOutOfOrder(d.occurredOn, early.submittedOn);
}

function checkBackfill(d: PublicationsBackfilled['data']): void {
  if (!Number.isInteger(d.year) || !isIsoDate(`${d.year}-12-31`)) throw new ReportDateInvalid('year', d.year);
  checkCount('issues', d.issues);
  checkCount('copies', d.copies);
  checkCount('posts', d.posts);
  if (!d.issues && !d.copies && !d.posts) throw new PublicationsBackfillEmpty();
  if (!d.source?.document?.trim()) throw new ReportBackfillNeedsSource();
}

function check(record: Recorded): void {
  if (record.status === 'issued') checkIssued(record.data, record.submissions);
  else checkBackfill(record.data);
}

const lifecycle = recordLifecycle<ReportState>({
  alreadyRecorded: (id) => new ReportAlreadyRecorded(id),
  notFound: (id) => new ReportNotIssued(id),
  retracted: (id) => new ReportRecordRetractedError(id),
});

const reasonOf = (reason: string, action: 'correction' | 'retraction') => requireReason(reason, () => new ReportReasonRequired(action));

/** The record with a correction applied; `issuedOn` moves the record's `occurredOn`. */
function corrected(record: Recorded, changes: ReportChanges): Recorded {
  if (record.status === 'backfilled') {
    const { issues, copies, posts, note, source } = changes as BackfilledPublicationChanges;
    return { ...record, data: { ...record.data, ...defined({ issues, copies, posts, note, source }) } };
  }
  const { issuedOn, ...rest } = changes as IssuedReportChanges;
  return { ...record, data: { ...record.data, ...defined(rest), ...(issuedOn ? { occurredOn: issuedOn } : {}) } };
}

/** The stated changes that apply to the record and differ from what it says now; `issuedOn` is its `occurredOn`. */
const changesTo = (record: Recorded, stated: ReportChanges): ReportChanges =>
  effectiveChanges(
    { ...record.data, issuedOn: record.data.occurredOn },
    stated,
    CORRECTABLE[record.status],
    (field) => new ReportCorrectionNotApplicable(field, DESCRIBED[record.status]),
  );

export function decide(command: ReportCommand, state: ReportState): ReportEvent[] {
  switch (command.type) {
    case 'IssueReport': {
      const c = command.data;
      lifecycle.requireNew(state, c.reportId);
      const data = {
        occurredOn: c.issuedOn,
        reportId: c.reportId,
        kind: c.kind,
        title: c.title,
        ...defined({ documentNumber: c.documentNumber, standardLevel: c.standardLevel }),
        issuer: c.issuer,
        ...defined({ copies: c.copies, issues: c.issues ?? (isPeriodical(c.kind) ? 1 : undefined) }),
        status: c.status ?? 'published',
        ...defined({ coverage: c.coverage, series: c.series?.trim() || undefined }),
      };
      checkIssued(data, []);
      return [{ type: 'ReportIssued', data }];
    }
    case 'SubmitReport': {
      const c = command.data;
      const record = lifecycle.requireRecorded(state, c.reportId);
      if (record.status === 'backfilled') throw new BackfillNotSubmittable(c.reportId);
      const submittedTo = c.submittedTo?.trim();
      if (!submittedTo) throw new SubmissionNeedsBody();
      if (record.submissions.some((s) => s.submittedTo === submittedTo)) throw new ReportAlreadySubmitted(c.reportId, submittedTo);
      checkDate('submittedOn', c.submittedOn);
      if (c.submittedOn < record.data.occurredOn) throw new ReportDatesOutOfOrder(record.data.occurredOn, c.submittedOn);
      const earlierSubmittedOn = record.submissions.map((s) => s.submittedOn);
      return [{ type: 'ReportSubmitted', data: { occurredOn: c.submittedOn, reportId: c.reportId, submittedTo, earlierSubmittedOn } }];
    }
    case 'RecordPublicationsBackfill': {
      const c = command.data;
      lifecycle.requireNew(state, c.reportId);
      const data = {
        occurredOn: `${c.year}-12-31`,
        reportId: c.reportId,
        year: c.year,
        kind: c.kind,
        ...defined({ issues: c.issues, copies: c.copies, posts: c.posts, title: c.title?.trim() || undefined }),
        note: c.note,
        source: c.source,
      };
      checkBackfill(data);
      return [{ type: 'PublicationsBackfilled', data }];
    }
    case 'CorrectReportRecord': {
      const c = command.data;
      const record = lifecycle.requireRecorded(state, c.reportId);
      const reason = reasonOf(c.reason, 'correction');
      checkDate('correctedOn', c.correctedOn);
      const changes = changesTo(record, c.changes);
      if (Object.keys(changes).length === 0) throw new ReportCorrectionEmpty('report', c.reportId);
      const next = corrected(record, changes);
      check(next);
      return [
        {
          type: 'ReportRecordCorrected',
          data: {
            occurredOn: c.correctedOn,
            reportId: c.reportId,
            changes,
            reason,
            previousOccurredOn: record.data.occurredOn,
            previous: record,
            record: next,
          },
        },
      ];
    }
    case 'RetractReportRecord': {
      const c = command.data;
      const record = lifecycle.requireRecorded(state, c.reportId);
      const reason = reasonOf(c.reason, 'retraction');
      checkDate('retractedOn', c.retractedOn);
      return [
        {
          type: 'ReportRecordRetracted',
          data: { occurredOn: c.retractedOn, reportId: c.reportId, reason, previousOccurredOn: record.data.occurredOn, record },
        },
      ];
    }
    default:
      return unreachable(command);
  }
}

export function evolve(state: ReportState, event: ReportEvent): ReportState {
  switch (event.type) {
    case 'ReportIssued':
      return { status: 'issued', data: event.data, submissions: [] };
    case 'ReportSubmitted':
      return state.status === 'issued'
        ? { ...state, submissions: [...state.submissions, { submittedTo: event.data.submittedTo, submittedOn: event.data.occurredOn }] }
        : state;
    case 'PublicationsBackfilled':
      return { status: 'backfilled', data: event.data };
    case 'ReportRecordCorrected':
      return state.status === 'issued' || state.status === 'backfilled' ? corrected(state, event.data.changes) : state;
    case 'ReportRecordRetracted':
      return { status: 'retracted', reportId: event.data.reportId };
    default:
      return unreachable(event);
  }
}

export const initialState = (): ReportState => ({ status: 'unknown' });

export const reportDecider: Decider<ReportCommand, ReportEvent, ReportState> = { decide, evolve, initialState };
