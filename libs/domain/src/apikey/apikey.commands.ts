import type { DomainCommand } from '../shared/decider';
import type { IsoDate } from '../shared/values';
import type { ApiKeyRole } from './apikey.events';

export type IssueApiKey = DomainCommand<
  'IssueApiKey',
  { keyId: string; role: ApiKeyRole; branchIds?: string[]; label?: string; secretHash: string; issuedOn: IsoDate; expiresOn?: IsoDate }
>;
export type RevokeApiKey = DomainCommand<'RevokeApiKey', { keyId: string; revokedOn: IsoDate; reason: string }>;
export type ApiKeyCommand = IssueApiKey | RevokeApiKey;
