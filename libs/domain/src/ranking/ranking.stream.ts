/** `ranking-<tenant>.<rankingId>`. */
export const toRankingStreamId = (tenant: string, rankingId: string): string => `ranking-${tenant}.${rankingId}`;
