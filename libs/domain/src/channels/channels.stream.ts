/** The tenant's one channels stream: `channels-<tenant>.delivery`. */
export const toChannelsStreamId = (tenant: string): string => `channels-${tenant}.delivery`;
