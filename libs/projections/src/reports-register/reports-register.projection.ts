import { businessDate, compact, followUpYears, own, drop, validYear, yearOfDate, put } from '../shared/document-helpers';
import { report } from '@assocflow/domain';
import type { ProjectedEvent, Projection } from '../projection';
import type { MovedReportEntry, ReportEntry, ReportsOfKind, ReportsRegisterDoc, SubmissionEntry } from './reports-register.types';

/** `value` without the keys whose value is undefined, typed as the optional fields it may leave out. */
const defined = <T extends object>(value: T): Partial<T> => compact(value);

/**
 * 报告/标准/出版物登记 per tenant and year: reports, standards, journals and newsletters issued
 * (under the year of issue), submissions to government bodies (under the year submitted, and on
 * the report), backfilled publication totals (under their year), with corrections and
 * retractions applied.
 *
 * A correction or retraction carries the record as it stands (`record`, `previousOccurredOn`):
 * it goes to exactly the years the record is filed under (its issue before and after the
 * correction, its submissions), and a correction files the record there as it now stands: a
 * report whose issue date moves into another year leaves the one and joins the other.
 *
 * A submission, and a correction or retraction recorded before they carried the record, name
 * the report but not its year, and `keysOf` sees only the event: they go to every year that may
 * hold it, from REPORT_FOLLOW_UP_LOOKBACK_YEARS before the follow-up's year to (for a correction
 * or retraction, whose date is not ordered with the record's) REPORT_FOLLOW_UP_LOOKAHEAD_YEARS
 * after; a backfilled total's year is read from its id, backfill-<kind>-<year>-<n>. A document
 * that does not hold the report is left as it is, so such a follow-up may create an empty
 * register for a year nothing was recorded in. Such an older correction cannot carry a report
 * into the year its new date falls in: the report is kept apart (`movedOut`) in its year.
 */
export const REPORTS_REGISTER_HANDLES = report.REPORT_EVENT_TYPES;

export const REPORT_FOLLOW_UP_LOOKBACK_YEARS = 10;
export const REPORT_FOLLOW_UP_LOOKAHEAD_YEARS = 1;

type ReportEventData = { [E in report.ReportEvent as E['type']]: E['data'] };

const BACKFILL_ID = /^backfill-.+-(\d{4})-\d+$/;

/** The years whose registers may hold the record a follow-up is about. */
export function reportFollowUpYears(year: number, reportId?: unknown, lookahead = REPORT_FOLLOW_UP_LOOKAHEAD_YEARS): number[] {
  return followUpYears(year, reportId, { lookback: REPORT_FOLLOW_UP_LOOKBACK_YEARS, lookahead, backfillId: BACKFILL_ID });
}

/** The record as a correction or retraction carries it: the aggregate's state of a recorded report. */
type CarriedRecord = Extract<report.ReportState, { status: 'issued' | 'backfilled' }>;

/** The record a correction or retraction carries, when it does (events recorded before it was added do not). */
function carriedRecord(event: ProjectedEvent): CarriedRecord | undefined {
  const record = (event.data as { record?: unknown }).record as CarriedRecord | undefined;
  if (!record || typeof record !== 'object' || !record.data || typeof record.data !== 'object') return undefined;
  if (record.status === 'backfilled') return record;
  return record.status === 'issued' && Array.isArray(record.submissions) ? record : undefined;
}

/** Every year a record is filed under: its issue and its submissions, or its backfilled year. */
export function yearsOfReportRecord(record: CarriedRecord): number[] {
  const years =
    record.status === 'backfilled'
      ? [record.data.year]
      : [yearOfDate(record.data.occurredOn), ...record.submissions.map((x) => yearOfDate(x.submittedOn))];
  return [...new Set(years.filter(validYear))];
}

export const reportsRegisterKey = (tenant: string, year: number): string => `${tenant}/${year}`;

function keysOf(event: ProjectedEvent): string[] {
  const tenant = event.metadata?.tenant;
  if (!tenant) return [];
  const data = event.data as Record<string, unknown>;
  let years: number[];
  switch (event.type) {
    case 'ReportIssued':
      years = [yearOfDate(businessDate(event))!];
      break;
    case 'PublicationsBackfilled':
      years = [data.year as number];
      break;
    case 'ReportSubmitted': {
      // A report is submitted after its issue: the years before, not after.
      const year = yearOfDate(businessDate(event));
      years = year === undefined ? [] : reportFollowUpYears(year, data.reportId, 0);
      break;
    }
    case 'ReportRecordCorrected':
    case 'ReportRecordRetracted': {
      const record = carriedRecord(event);
      if (record) {
        years = [...new Set([yearOfDate(data.previousOccurredOn), ...yearsOfReportRecord(record)].filter(validYear))];
        break;
      }
      const year = yearOfDate(businessDate(event));
      years = year === undefined ? [] : reportFollowUpYears(year, data.reportId);
      break;
    }
    default:
      return [];
  }
  return years.filter(validYear).map((y) => reportsRegisterKey(tenant, y));
}

function initial(key: string): ReportsRegisterDoc {
  const cut = key.lastIndexOf('/');
  return { tenant: key.slice(0, cut), year: Number(key.slice(cut + 1)), reports: {}, movedOut: {}, submissions: [], backfills: {} };
}

const compareSubmissions = (a: SubmissionEntry, b: SubmissionEntry): number =>
  a.submittedOn !== b.submittedOn
    ? a.submittedOn < b.submittedOn
      ? -1
      : 1
    : a.reportId !== b.reportId
      ? a.reportId < b.reportId
        ? -1
        : 1
      : a.submittedTo < b.submittedTo
        ? -1
        : a.submittedTo > b.submittedTo
          ? 1
          : 0;

/** The report filed in this document (among this year's, or moved out of it). */
function filed(doc: ReportsRegisterDoc, id: string): ReportEntry | MovedReportEntry | undefined {
  return own(doc.reports, id) ?? own(doc.movedOut, id);
}

/** Files the report among this year's reports, or apart when its issue date is in another year. */
function refile(doc: ReportsRegisterDoc, entry: ReportEntry | MovedReportEntry): ReportsRegisterDoc {
  const { movedToYear: _was, ...record } = entry as MovedReportEntry;
  const year = yearOfDate(record.issuedOn);
  const reports = drop(doc.reports, record.reportId);
  const movedOut = drop(doc.movedOut, record.reportId);
  return year === doc.year || year === undefined
    ? { ...doc, reports: put(reports, record.reportId, record), movedOut }
    : { ...doc, reports, movedOut: put(movedOut, record.reportId, { ...record, movedToYear: year }) };
}

/** Files the record as it stands (carried by a correction) under this year, wherever it belongs here. */
function refiled(doc: ReportsRegisterDoc, id: string, record: CarriedRecord): ReportsRegisterDoc {
  if (record.status === 'backfilled') {
    const d = record.data;
    if (d.year !== doc.year) return doc;
    const backfill = {
      reportId: id,
      year: d.year,
      kind: d.kind,
      ...defined({ issues: d.issues, copies: d.copies, posts: d.posts }),
      note: d.note,
      source: d.source,
    };
    return { ...doc, backfills: put(doc.backfills, id, backfill) };
  }
  const d = record.data;
  const entry: ReportEntry = {
    reportId: id,
    kind: d.kind,
    title: d.title,
    issuedOn: d.occurredOn,
    ...defined({ documentNumber: d.documentNumber, standardLevel: d.standardLevel }),
    issuer: d.issuer,
    ...defined({ copies: d.copies, issues: d.issues }),
    status: d.status ?? 'published',
    submissions: record.submissions.map((x) => ({ submittedTo: x.submittedTo, submittedOn: x.submittedOn })),
  };
  // The report is filed under the year of its issue date; any other year lets it go.
  const here = yearOfDate(d.occurredOn) === doc.year;
  const next: ReportsRegisterDoc = {
    ...doc,
    reports: here ? put(doc.reports, id, entry) : drop(doc.reports, id),
    movedOut: drop(doc.movedOut, id),
  };
  // Its submissions of this year, with the report's kind and title.
  const others = doc.submissions.filter((x) => x.reportId !== id);
  const mine = entry.submissions
    .filter((x) => yearOfDate(x.submittedOn) === doc.year)
    .map((x): SubmissionEntry => ({
      reportId: id,
      submittedTo: x.submittedTo,
      submittedOn: x.submittedOn,
      kind: entry.kind,
      title: entry.title,
    }));
  return { ...next, submissions: [...others, ...mine].sort(compareSubmissions) };
}

function evolveRegister(doc: ReportsRegisterDoc, event: ProjectedEvent): ReportsRegisterDoc {
  switch (event.type) {
    case 'ReportIssued': {
      const e = event.data as unknown as ReportEventData['ReportIssued'];
      if (typeof e.reportId !== 'string' || filed(doc, e.reportId)) return doc;
      return refile(doc, {
        reportId: e.reportId,
        kind: e.kind,
        title: e.title,
        issuedOn: e.occurredOn,
        ...defined({ documentNumber: e.documentNumber, standardLevel: e.standardLevel }),
        issuer: e.issuer,
        ...defined({ copies: e.copies, issues: e.issues, coverage: e.coverage, series: e.series }),
        status: e.status ?? 'published',
        submissions: [],
      });
    }
    case 'PublicationsBackfilled': {
      const e = event.data as unknown as ReportEventData['PublicationsBackfilled'];
      if (typeof e.reportId !== 'string' || own(doc.backfills, e.reportId)) return doc;
      const backfill = {
        reportId: e.reportId,
        year: e.year,
        kind: e.kind,
        ...defined({ issues: e.issues, copies: e.copies, posts: e.posts, title: e.title }),
        note: e.note,
        source: e.source,
      };
      return { ...doc, backfills: put(doc.backfills, e.reportId, backfill) };
    }
    case 'ReportSubmitted': {
      const e = event.data as unknown as ReportEventData['ReportSubmitted'];
      if (typeof e.reportId !== 'string' || typeof e.submittedTo !== 'string') return doc;
      let next = doc;
      const entry = filed(doc, e.reportId);
      if (entry && !entry.submissions.some((s) => s.submittedTo === e.submittedTo)) {
        next = refile(next, { ...entry, submissions: [...entry.submissions, { submittedTo: e.submittedTo, submittedOn: e.occurredOn }] });
      }
      const duplicate = doc.submissions.some((s) => s.reportId === e.reportId && s.submittedTo === e.submittedTo);
      if (yearOfDate(businessDate(event)) === doc.year && !duplicate) {
        const submission: SubmissionEntry = {
          reportId: e.reportId,
          submittedTo: e.submittedTo,
          submittedOn: e.occurredOn,
          ...defined({ kind: entry?.kind, title: entry?.title }),
        };
        next = { ...next, submissions: [...next.submissions, submission].sort(compareSubmissions) };
      }
      return next;
    }
    case 'ReportRecordCorrected': {
      const e = event.data as unknown as ReportEventData['ReportRecordCorrected'];
      if (typeof e.reportId !== 'string') return doc;
      const record = carriedRecord(event);
      if (record) return refiled(doc, e.reportId, record);
      const entry = filed(doc, e.reportId);
      const backfill = own(doc.backfills, e.reportId);
      let next = doc;
      if (entry) {
        const { title, issuedOn, documentNumber, standardLevel, issuer, copies, issues, status } = (e.changes ??
          {}) as report.IssuedReportChanges;
        const changed = defined({ title, documentNumber, standardLevel, issuer, copies, issues, status });
        next = refile(next, { ...entry, ...changed, ...(issuedOn ? { issuedOn } : {}) });
        if (title !== undefined) {
          next = {
            ...next,
            submissions: next.submissions.map((s) => (s.reportId === e.reportId && s.title !== undefined ? { ...s, title } : s)),
          };
        }
      } else if (backfill) {
        const { issues, copies, posts, note, source } = (e.changes ?? {}) as report.BackfilledPublicationChanges;
        next = {
          ...next,
          backfills: put(next.backfills, e.reportId, { ...backfill, ...defined({ issues, copies, posts, note, source }) }),
        };
      }
      return next;
    }
    case 'ReportRecordRetracted': {
      const id = (event.data as unknown as ReportEventData['ReportRecordRetracted']).reportId;
      if (typeof id !== 'string') return doc;
      const submissions = doc.submissions.filter((s) => s.reportId !== id);
      return {
        ...doc,
        reports: drop(doc.reports, id),
        movedOut: drop(doc.movedOut, id),
        submissions: submissions.length === doc.submissions.length ? doc.submissions : submissions,
        backfills: drop(doc.backfills, id),
      };
    }
    default:
      return doc;
  }
}

export const reportsRegisterProjection: Projection<ReportsRegisterDoc> = {
  name: 'reports-register',
  version: 2,
  handles: REPORTS_REGISTER_HANDLES,
  keysOf,
  initial,
  evolve: (doc, event) => evolveRegister(doc, event),
};

/**
 * The year's issued reports (by issue date) and backfilled totals of `kind`, or of every kind
 * when it is omitted. Reports moved to another year by a corrected issue date are not included.
 */
export function byKind(doc: ReportsRegisterDoc, kind?: report.PublicationKind): ReportsOfKind {
  const reports = Object.values(doc.reports)
    .filter((r) => kind === undefined || r.kind === kind)
    .sort((a, b) =>
      a.issuedOn !== b.issuedOn ? (a.issuedOn < b.issuedOn ? -1 : 1) : a.reportId < b.reportId ? -1 : a.reportId > b.reportId ? 1 : 0,
    );
  const backfills = Object.values(doc.backfills)
    .filter((b) => kind === undefined || b.kind === kind)
    .sort((a, b) => (a.reportId < b.reportId ? -1 : a.reportId > b.reportId ? 1 : 0));
  return { reports, backfills };
}
