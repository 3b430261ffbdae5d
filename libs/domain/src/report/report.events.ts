import type { DomainEvent } from '../shared/decider';
import type { Count, IsoDate } from '../shared/values';
import type { RegionLevel } from '../activity/activity.events';

/** 调研报告, 团体标准, 专家共识, 专著, 期刊, 会讯/简报, 公文, 指南, other. */
export type ReportKind =
  'survey' | 'standard' | 'consensus' | 'book' | 'journal-issue' | 'newsletter' | 'official-document' | 'guideline' | 'other';
/** Backfilled totals may also count 推文 (posts on the official account). */
export type PublicationKind = ReportKind | 'post';
/** 团体 / 行业 / 地方 / 国家 标准. */
export type StandardLevel = 'group' | 'industry' | 'local' | 'national';
export type ReportStatus = 'published' | 'draft';
export type Issuer = { kind: 'organization' } | { kind: 'branch'; branchId: string };

/** Where a backfilled total was read: the document and its section. */
export interface ReportSourceRef {
  document: string;
  section: string;
}

/** Kinds that come out in issues: a record may cover several. */
export const PERIODICAL_KINDS = ['journal-issue', 'newsletter'] as const satisfies readonly ReportKind[];

/** `occurredOn` is the day of issue. */
export type ReportIssued = DomainEvent<
  'ReportIssued',
  {
    occurredOn: IsoDate;
    reportId: string;
    kind: ReportKind;
    title: string;
    /** 文号 such as 川医协发〔2023〕267号, verbatim. */
    documentNumber?: string;
    /** Stated for standards, and only for them. */
    standardLevel?: StandardLevel;
    issuer: Issuer;
    /** Printed copies. */
    copies?: number;
    /** Issues this record covers, for journals and newsletters only (at least 1). */
    issues?: number;
    status: ReportStatus;
    /** What a survey (or any report) covered, as its source states it: 16市, 175家医院, 547份问卷. */
    coverage?: ReportCoverage;
    /**
     * The series a report belongs to, as its source names the group (专题研究成果): a report
     * states each series with its reports and how many (《…》《…》及《…》三份专题研究成果).
     */
    series?: string;
  }
>;

/** Where and whom a report's work reached: places (省/市/县), institutions (家), respondents (份/人). */
export interface ReportCoverage {
  regions?: { count: Count; level: RegionLevel };
  institutions?: Count;
  respondents?: Count;
}
/** Submitted (报送) to a government body. */
/**
 * `earlierSubmittedOn`: the days of the report's submissions before this one (event-carried
 * state: a report counts once in a year however many bodies it went to).
 */
export type ReportSubmitted = DomainEvent<
  'ReportSubmitted',
  { occurredOn: IsoDate; reportId: string; submittedTo: string; earlierSubmittedOn: IsoDate[] }
>;
/** "推文 245 篇", "简报 100 多期" given only as totals; `occurredOn` is the last day of `year`. */
export type PublicationsBackfilled = DomainEvent<
  'PublicationsBackfilled',
  {
    occurredOn: IsoDate;
    reportId: string;
    year: number;
    kind: PublicationKind;
    issues?: Count;
    copies?: Count;
    posts?: Count;
    /** What the total is of, to name it in a report (《四川医院管理》杂志); its figures stay in their fields. */
    title?: string;
    note: string;
    source: ReportSourceRef;
  }
>;

/** What a correction may change on an issued report; not the kind (retract and issue anew). */
export interface IssuedReportChanges {
  title?: string;
  issuedOn?: IsoDate;
  documentNumber?: string;
  standardLevel?: StandardLevel;
  issuer?: Issuer;
  copies?: number;
  issues?: number;
  status?: ReportStatus;
}
/** What a correction may change on a backfilled total. */
export interface BackfilledPublicationChanges {
  issues?: Count;
  copies?: Count;
  posts?: Count;
  note?: string;
  source?: ReportSourceRef;
}
/** The shape follows the record corrected: issued report or backfilled total. */
export type ReportChanges = IssuedReportChanges | BackfilledPublicationChanges;

/** A submission of an issued report to a government body. */
export interface Submission {
  submittedTo: string;
  submittedOn: IsoDate;
}

/**
 * A record as it stands: an issued report with its submissions, or a backfilled total.
 * Corrections and retractions carry it (event-carried state), so a read model keyed by year
 * knows every year the record counts in (issue, submissions) without the stream.
 */
export type ReportRecord =
  | { status: 'issued'; data: ReportIssued['data']; submissions: Submission[] }
  | { status: 'backfilled'; data: PublicationsBackfilled['data'] };

/**
 * `occurredOn` is the day of the correction. `previousOccurredOn` is the record's own date (the
 * day of issue, or the backfill's last day) before the correction, `previous` the whole record
 * before it and `record` the whole record as corrected.
 */
export type ReportRecordCorrected = DomainEvent<
  'ReportRecordCorrected',
  {
    occurredOn: IsoDate;
    reportId: string;
    changes: ReportChanges;
    reason: string;
    previousOccurredOn: IsoDate;
    previous: ReportRecord;
    record: ReportRecord;
  }
>;
/** `previousOccurredOn` and `record`: the record's own date and the record as it stood when retracted. */
export type ReportRecordRetracted = DomainEvent<
  'ReportRecordRetracted',
  { occurredOn: IsoDate; reportId: string; reason: string; previousOccurredOn: IsoDate; record: ReportRecord }
>;

export type ReportEvent = ReportIssued | ReportSubmitted | PublicationsBackfilled | ReportRecordCorrected | ReportRecordRetracted;

export const REPORT_EVENT_TYPES = [
  'ReportIssued',
  'ReportSubmitted',
  'PublicationsBackfilled',
  'ReportRecordCorrected',
  'ReportRecordRetracted',
] as const satisfies readonly ReportEvent['type'][];
