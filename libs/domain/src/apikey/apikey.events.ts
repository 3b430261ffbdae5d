import type { DomainEvent } from '../shared/decider';
import type { IsoDate } from '../shared/values';

export type ApiKeyRole = 'admin' | 'secretary' | 'branch-officer' | 'reader';
export const API_KEY_ROLES: readonly ApiKeyRole[] = ['admin', 'secretary', 'branch-officer', 'reader'];

/**
 * Only a hash of the secret is stored; the key itself is shown once, when issued. `expiresOn`
 * (optional; events before it existed have none and never expire): the last day the key is valid.
 */
export type ApiKeyIssued = DomainEvent<
  'ApiKeyIssued',
  { occurredOn: IsoDate; keyId: string; role: ApiKeyRole; branchIds: string[]; label: string; secretHash: string; expiresOn?: IsoDate }
>;
export type ApiKeyRevoked = DomainEvent<'ApiKeyRevoked', { occurredOn: IsoDate; keyId: string; reason: string }>;

export type ApiKeyEvent = ApiKeyIssued | ApiKeyRevoked;
export const API_KEY_EVENT_TYPES = ['ApiKeyIssued', 'ApiKeyRevoked'] as const satisfies readonly ApiKeyEvent['type'][];
