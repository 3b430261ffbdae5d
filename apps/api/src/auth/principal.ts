import type { apikey } from '@assocflow/domain';

/** Who is calling: one key of one tenant, with its role. */
export interface Principal {
  tenant: string;
  keyId: string;
  role: apikey.ApiKeyRole;
  branchIds: string[];
}

export const actorOf = (principal: Principal): string => `apikey:${principal.keyId}`;
