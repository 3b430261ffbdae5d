/** `operations-<tenant>.<year>`: one stream of operating figures per year. */
export const toOperationsStreamId = (tenant: string, year: number): string => `operations-${tenant}.${year}`;
