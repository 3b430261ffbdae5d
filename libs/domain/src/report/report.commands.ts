import type { DomainCommand } from '../shared/decider';
import type { Count, IsoDate } from '../shared/values';
import type {
  Issuer,
  PublicationKind,
  ReportChanges,
  ReportCoverage,
  ReportKind,
  ReportSourceRef,
  ReportStatus,
  StandardLevel,
} from './report.events';

export type IssueReport = DomainCommand<
  'IssueReport',
  {
    reportId: string;
    kind: ReportKind;
    title: string;
    issuedOn: IsoDate;
    documentNumber?: string;
    /** Required for a standard, refused for any other kind. */
    standardLevel?: StandardLevel;
    issuer: Issuer;
    copies?: number;
    /** Journals and newsletters only; defaults to 1 for them. */
    issues?: number;
    /** Defaults to published. */
    status?: ReportStatus;
    coverage?: ReportCoverage;
    /** The named group the report belongs to (专题研究成果), as stated. */
    series?: string;
  }
>;
export type SubmitReport = DomainCommand<'SubmitReport', { reportId: string; submittedTo: string; submittedOn: IsoDate }>;
export type RecordPublicationsBackfill = DomainCommand<
  'RecordPublicationsBackfill',
  {
    /** See `publicationsBackfillId`: backfill-<kind>-<year>-<n>. */
    reportId: string;
    year: number;
    kind: PublicationKind;
    issues?: Count;
    copies?: Count;
    posts?: Count;
    title?: string;
    note: string;
    source: ReportSourceRef;
  }
>;
export type CorrectReportRecord = DomainCommand<
  'CorrectReportRecord',
  { reportId: string; correctedOn: IsoDate; changes: ReportChanges; reason: string }
>;
export type RetractReportRecord = DomainCommand<'RetractReportRecord', { reportId: string; retractedOn: IsoDate; reason: string }>;

export type ReportCommand = IssueReport | SubmitReport | RecordPublicationsBackfill | CorrectReportRecord | RetractReportRecord;
