/** `work-<tenant>.<recordId>`. */
export const toWorkStreamId = (tenant: string, recordId: string): string => `work-${tenant}.${recordId}`;
