export const toApiKeyStreamId = (tenant: string, keyId: string): string => `apikey-${tenant}.${keyId}`;
