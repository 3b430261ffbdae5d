/** `grant-<tenant>.<grantId>`: one stream per grant, external grant or backfilled total. */
export const toGrantStreamId = (tenant: string, grantId: string): string => `grant-${tenant}.${grantId}`;

/** `grantcall-<tenant>.<callId>`: one stream per call for applications. */
export const toGrantCallStreamId = (tenant: string, callId: string): string => `grantcall-${tenant}.${callId}`;

/** The grantId of the n-th backfilled total of a year: backfill-<year>-<n>. */
export const grantsBackfillId = (year: number, n = 1): string => `backfill-${year}-${n}`;
