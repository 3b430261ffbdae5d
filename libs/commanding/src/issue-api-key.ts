import { apikey } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';
import { hashSecret, newApiKey } from './api-key-secret';
import { handleCommand } from './handle-command';

export interface IssueApiKeyOptions {
  branchIds?: string[];
  label?: string;
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
    { decider: apikey.apiKeyDecider, upcasters: apikey.apiKeyUpcasters },
    apikey.toApiKeyStreamId(tenant, key.keyId),
    {
      type: 'IssueApiKey',
      data: { keyId: key.keyId, role, branchIds: options.branchIds, label: options.label, secretHash: hashSecret(key.secret), issuedOn: options.today },
    },
    { tenant, actor: options.actor, correlationId: `issue-key-${key.keyId}` },
  );
  return { token: key.token, keyId: key.keyId };
}
