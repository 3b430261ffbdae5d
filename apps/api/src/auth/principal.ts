import type { apikey } from '@assocflow/domain';

/** Who is calling: one key of one tenant, with its role. */
export interface Principal {
  tenant: string;
  keyId: string;
  role: apikey.ApiKeyRole;
  branchIds: string[];
  /** Set for the in-process operator (cli import): recorded instead of the key id. */
  actor?: string;
}

export const actorOf = (principal: Principal): string => principal.actor ?? `apikey:${principal.keyId}`;
