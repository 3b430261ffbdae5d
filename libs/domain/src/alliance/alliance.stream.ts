/** `alliance-<tenant>.<allianceId>`. */
export const toAllianceStreamId = (tenant: string, allianceId: string): string => `alliance-${tenant}.${allianceId}`;
