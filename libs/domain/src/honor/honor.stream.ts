/** `honor-<tenant>.<honorId>`: the category precedes the first dash, as EventStoreDB expects. */
export const toHonorStreamId = (tenant: string, honorId: string): string => `honor-${tenant}.${honorId}`;
