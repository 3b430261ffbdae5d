export { yearlySummaryProjection, YEARLY_SUMMARY_EVENT_TYPES } from './yearly-summary.projection';
export { SUMMARY_SECTIONS, type SummarySectionDefinition } from './sections';
export { CARRY_FORWARD_YEARS } from './keys';
export type {
  CustomIndicator,
  FoundedBranch,
  IndicatorValue,
  PlanVsActual,
  RankingLine,
  SummaryIndicatorKey,
  SummaryIndicators,
  SummarySection,
  SummarySectionKey,
  TargetResult,
  TargetStatus,
  WorkLine,
  YearlySummaryDocument,
} from './summary.document';
