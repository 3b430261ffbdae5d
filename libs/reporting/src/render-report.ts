import { chineseReport } from './chinese-report';
import { englishReport } from './english-report';
import { toHtml } from './html';
import { toMarkdown } from './markdown';
import type { ReportFormat, ReportLanguage, ReportOptions, ReportSummary } from './report.types';

/**
 * Changes whenever a rendering change alters the text of a report of the same summary: part of
 * the HTTP ETag, so a client never keeps a report rendered by older code.
 */
export const REPORT_RENDERING_VERSION = 4;

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

export interface RenderedReport {
  contentType: string;
  body: string;
}

/** A yearly summary as a report in one language and format. */
export function renderYearlyReport(
  summary: ReportSummary,
  lang: ReportLanguage,
  format: ReportFormat,
  options: ReportOptions = {},
): RenderedReport {
  const report = lang === 'zh' ? chineseReport(summary, options) : englishReport(summary, options);
  return { contentType: REPORT_CONTENT_TYPES[format], body: format === 'html' ? toHtml(report) : toMarkdown(report) };
}
