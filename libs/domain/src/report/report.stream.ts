import type { PublicationKind } from './report.events';

/** `report-<tenant>.<reportId>`: one stream per report, issue run or backfilled total. */
export const toReportStreamId = (tenant: string, reportId: string): string => `report-${tenant}.${reportId}`;

/** The reportId of the n-th backfilled total of a kind in a year: backfill-<kind>-<year>-<n>. */
export const publicationsBackfillId = (kind: PublicationKind, year: number, n = 1): string => `backfill-${kind}-${year}-${n}`;
