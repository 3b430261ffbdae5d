/** `membership-<tenant>.<year>`: one stream per year of stated membership totals. */
export const toMembershipStreamId = (tenant: string, year: number | string): string => `membership-${tenant}.${year}`;
