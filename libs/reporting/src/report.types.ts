import type { PublicationsBackfillEntry, ReportEntry } from '@assocflow/projections/reports-register';
import type { ActivityLedgerRow } from '@assocflow/projections/activity-ledger';
import type { FoundedBranch, YearlySummaryDocument } from '@assocflow/projections/yearly-summary';

export const REPORT_LANGUAGES = ['zh', 'en'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

export const REPORT_FORMATS = ['md', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * The served yearly summary (the ledger stays inside the projection). `branchesFounded` is
 * optional: a document built by an older projection version does not carry it yet.
 */
export type ReportSummary = Omit<YearlySummaryDocument, 'ledger' | 'branchesFounded'> & { branchesFounded?: FoundedBranch[] };

export interface ReportOptions {
  /** The organization's name for the title; the tenant id when not given. */
  organizationName?: string;
  /** 文号 the report was issued under (YearlyReportIssued), shown under the title. */
  documentNumber?: string;
  /** The year's activity ledger rows: each section of activities names its records (其中), with their figures as stated. */
  activities?: readonly ActivityLedgerRow[];
  /** The year's publication totals (reports register): 宣传 names those given under a name. */
  publications?: readonly PublicationsBackfillEntry[];
  /** The year's reports issued (reports register): 调研与标准 names them, with what they covered. */
  reports?: readonly ReportEntry[];
}

export interface ReportTable {
  columns: string[];
  rows: string[][];
}

/** A numbered section: its heading already carries the number (一、党建 / 1. Party building). */
export interface ReportSection {
  heading: string;
  paragraphs: string[];
  table?: ReportTable;
}

/** What a report says, before it is written as Markdown or HTML. All text is plain (unescaped). */
export interface ReportDocument {
  /** The HTML lang attribute: zh-CN or en. */
  lang: 'zh-CN' | 'en';
  title: string;
  /** 文号, e.g. 川医协发〔2023〕267号, when the report was issued under one. */
  documentNumber?: string;
  sections: ReportSection[];
  /** Closing remarks, e.g. that 余 marks a lower bound. */
  notes: string[];
}
