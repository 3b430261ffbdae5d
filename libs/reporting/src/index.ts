export { chineseReport } from './chinese-report';
export { englishReport } from './english-report';
export { escapeHtml, toHtml } from './html';
export { escapeMarkdownInline, escapeMarkdownLine, toMarkdown } from './markdown';
export { REPORT_CONTENT_TYPES, REPORT_RENDERING_VERSION, renderYearlyReport, type RenderedReport } from './render-report';
export {
  REPORT_FORMATS,
  REPORT_LANGUAGES,
  type ReportDocument,
  type ReportFormat,
  type ReportLanguage,
  type ReportOptions,
  type ReportSection,
  type ReportSummary,
  type ReportTable,
} from './report.types';
export { reportHeading, type HeadingProfile, type ReportHeading } from './report-heading';
export { figureWithUnit } from './indicator-units';
export { planTable, type PlanWording } from './plan-table';
export { ZH_PLAN } from './chinese-report';
export { EN_PLAN } from './english-report';
export * from './report-records';
