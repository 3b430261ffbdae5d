import { apikey } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';
import { hashSecret, newApiKey } from './api-key-secret';
import { handleCommand, toDomainEvent, type CommandResult } from './handle-command';

const aggregate = { decider: apikey.apiKeyDecider, upcasters: apikey.apiKeyUpcasters };

export interface IssueApiKeyOptions {
  branchIds?: string[];
  label?: string;
  /** The last day the key is valid (YYYY-MM-DD); no expiry when absent. */
  expiresOn?: string;
  actor: string;
  /** The business date of the issue (YYYY-MM-DD). */
  today: string;
}

/** Issues a key on the event log (only the secret's hash is stored) and returns it once. */
export async function issueApiKey(
  store: EventStore,
  tenant: string,
  role: apikey.ApiKeyRole,
  options: IssueApiKeyOptions,
): Promise<{ token: string; keyId: string }> {
  const key = newApiKey(tenant);
  await handleCommand(
    store,
    aggregate,
    apikey.toApiKeyStreamId(tenant, key.keyId),
    {
      type: 'IssueApiKey',
      data: {
        keyId: key.keyId,
        role,
        branchIds: options.branchIds,
        label: options.label,
        secretHash: hashSecret(key.secret),
        issuedOn: options.today,
        ...(options.expiresOn !== undefined ? { expiresOn: options.expiresOn } : {}),
      },
    },
    { tenant, actor: options.actor, correlationId: `issue-key-${key.keyId}` },
  );
  return { token: key.token, keyId: key.keyId };
}

/** Revokes a key on the event log (ApiKeyRevoked): from then on it authenticates nothing. */
export function revokeApiKey(
  store: EventStore,
  tenant: string,
  keyId: string,
  options: { reason: string; actor: string; today: string },
): Promise<CommandResult> {
  return handleCommand(
    store,
    aggregate,
    apikey.toApiKeyStreamId(tenant, keyId),
    { type: 'RevokeApiKey', data: { keyId, revokedOn: options.today, reason: options.reason } },
    { tenant, actor: options.actor, correlationId: `revoke-key-${keyId}` },
  );
}

/** Every key of a tenant, oldest first, as `listingOf` states it on `today`: never a secret or its hash. */
export async function listApiKeys(store: EventStore, tenant: string, today: string): Promise<apikey.ApiKeyListing[]> {
  const recorded = await store.readAll({ filter: { categories: ['apikey'], tenants: [tenant] } });
  const byStream = new Map<string, apikey.ApiKeyEvent[]>();
  for (const event of recorded) {
    const events = byStream.get(event.streamId) ?? [];
    events.push(toDomainEvent<apikey.ApiKeyEvent>(aggregate.upcasters, event));
    byStream.set(event.streamId, events);
  }
  return [...byStream.values()].flatMap((events) => apikey.listingOf(events, today) ?? []);
}
