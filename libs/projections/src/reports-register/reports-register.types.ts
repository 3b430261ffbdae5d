import type { Count, IsoDate, report } from '@assocflow/domain';

export interface ReportSubmissionRef {
  submittedTo: string;
  submittedOn: IsoDate;
}

/** A report, standard, journal issue, newsletter … issued: filed under the year of issue. */
export interface ReportEntry {
  reportId: string;
  kind: report.ReportKind;
  title: string;
  issuedOn: IsoDate;
  /** 文号 such as 川医协发〔2023〕267号, verbatim. */
  documentNumber?: string;
  /** Standards only: 团体 / 行业 / 地方 / 国家. */
  standardLevel?: report.StandardLevel;
  issuer: report.Issuer;
  copies?: number;
  /** Journals and newsletters: how many issues the record covers. */
  issues?: number;
  status: report.ReportStatus;
  /** What it covered (16市, 175家), when stated. */
  coverage?: report.ReportCoverage;
  /** The named group it belongs to (专题研究成果), when stated. */
  series?: string;
  /** Every submission (报送) to a government body, whichever year it was in. */
  submissions: ReportSubmissionRef[];
}

/**
 * A report of this year whose issue date was corrected into another year. The other year's
 * document cannot learn the record from the correction alone, so it is kept here, apart from
 * the year's reports, until a later correction brings the date back into this year.
 */
export interface MovedReportEntry extends ReportEntry {
  movedToYear: number;
}

/** A submission made in this year; kind and title when the report is filed in this year too. */
export interface SubmissionEntry extends ReportSubmissionRef {
  reportId: string;
  kind?: report.ReportKind;
  title?: string;
}

/** "推文 245 篇", "简报 100 多期": a year's total read from a document, filed under that year. */
export interface PublicationsBackfillEntry {
  reportId: string;
  year: number;
  kind: report.PublicationKind;
  issues?: Count;
  copies?: Count;
  posts?: Count;
  /** What the total is of, when named (《四川医院管理》杂志). */
  title?: string;
  note: string;
  source: report.ReportSourceRef;
}

/** One document per tenant and year, key `<tenant>/<year>`. */
export interface ReportsRegisterDoc {
  tenant: string;
  year: number;
  reports: Record<string, ReportEntry>;
  movedOut: Record<string, MovedReportEntry>;
  /** Submissions made this year, by date. */
  submissions: SubmissionEntry[];
  backfills: Record<string, PublicationsBackfillEntry>;
}

/** What `byKind` returns: the year's issued reports and backfilled totals of a kind, or of every kind. */
export interface ReportsOfKind {
  reports: ReportEntry[];
  backfills: PublicationsBackfillEntry[];
}
