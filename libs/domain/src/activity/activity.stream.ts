import type { ActivityKind } from './activity.events';

/** `activity-<tenant>.<activityId>`: one stream per recorded activity or backfilled total. */
export const toActivityStreamId = (tenant: string, activityId: string): string => `activity-${tenant}.${activityId}`;

/** The activityId of the n-th backfilled total of a kind in a year: backfill-<kind>-<year>-<n>. */
export const activityBackfillId = (kind: ActivityKind, year: number, n = 1): string => `backfill-${kind}-${year}-${n}`;
