/** `workplan-<tenant>.<year>`: one work plan per year; the category precedes the first dash. */
export const toWorkPlanStreamId = (tenant: string, year: number | string): string => `workplan-${tenant}.${year}`;
