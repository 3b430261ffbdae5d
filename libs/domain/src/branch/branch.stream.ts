/** `branch-<tenant>.<branchId>`: the category precedes the first dash, as EventStoreDB expects. */
export const toBranchStreamId = (tenant: string, branchId: string): string => `branch-${tenant}.${branchId}`;
