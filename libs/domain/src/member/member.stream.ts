/** `member-<tenant>.<memberId>`: the category precedes the first dash, as EventStoreDB expects. */
export const toMemberStreamId = (tenant: string, memberId: string): string => `member-${tenant}.${memberId}`;
