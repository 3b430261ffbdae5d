import { Inject, Injectable } from '@nestjs/common';
import { apikey, foldEvents } from '@assocflow/domain';
import {
  issueApiKey,
  listApiKeys,
  parseApiKey,
  revokeApiKey,
  secretMatches,
  toDomainEvent,
  type CommandResult,
  type IssueApiKeyOptions,
} from '@assocflow/commanding';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE } from '@assocflow/platform';
import { todayOf } from '../read-models/read-query';
import type { Principal } from './principal';

const aggregate = { decider: apikey.apiKeyDecider, upcasters: apikey.apiKeyUpcasters };
const CACHE_MS = 5_000;

/** Keys live in the event log like everything else: issuing and revoking are on the record. */
@Injectable()
export class ApiKeyService {
  private readonly cache = new Map<string, { principal: Principal | null; until: number }>();
  private readonly lookingUp = new Map<string, Promise<Principal | null>>();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  issue(tenant: string, role: apikey.ApiKeyRole, options: IssueApiKeyOptions): Promise<{ token: string; keyId: string }> {
    return issueApiKey(this.store, tenant, role, options);
  }

  /** Every key of the tenant, without secrets, with its status today. */
  list(tenant: string, today: string): Promise<apikey.ApiKeyListing[]> {
    return listApiKeys(this.store, tenant, today);
  }

  /**
   * Revokes a key. This instance forgets it at once; another api instance within CACHE_MS, when
   * its cached verification of the key runs out.
   */
  async revoke(tenant: string, keyId: string, options: { reason: string; actor: string; today: string }): Promise<CommandResult> {
    const result = await revokeApiKey(this.store, tenant, keyId, options);
    for (const [token, entry] of this.cache)
      if (entry.principal?.tenant === tenant && entry.principal.keyId === keyId) this.cache.delete(token);
    return result;
  }

  /** The principal of a bearer token, or null when the token is unknown, malformed or revoked. */
  async authenticate(token: string): Promise<Principal | null> {
    const cached = this.cached(token);
    if (cached !== undefined) return cached;
    // When a busy key's entry expires, every request in flight with it would look it up: one does.
    let pending = this.lookingUp.get(token);
    if (pending === undefined) {
      pending = this.lookUp(token)
        .then((principal) => {
          this.cache.set(token, { principal, until: Date.now() + CACHE_MS });
          if (this.cache.size > 10_000) this.cache.delete(this.cache.keys().next().value!);
          return principal;
        })
        .finally(() => this.lookingUp.delete(token));
      this.lookingUp.set(token, pending);
    }
    return pending;
  }

  /** The principal of a token verified within the last CACHE_MS (null: refused then), undefined when it must be looked up. */
  cached(token: string): Principal | null | undefined {
    const cached = this.cache.get(token);
    return cached && cached.until > Date.now() ? cached.principal : undefined;
  }

  private async lookUp(token: string): Promise<Principal | null> {
    const parsed = parseApiKey(token);
    if (!parsed) return null;
    const recorded = await this.store.readStream(apikey.toApiKeyStreamId(parsed.tenant, parsed.keyId));
    const state = foldEvents(
      aggregate.decider,
      recorded.map((r) => toDomainEvent<apikey.ApiKeyEvent>(aggregate.upcasters, r)),
    );
    if (state.status !== 'active' || !secretMatches(parsed.secret, state.secretHash)) return null;
    // The last valid day, as the calendar stands in China (where the associations are).
    if (apikey.isExpired(state, todayOf(undefined))) return null;
    return { tenant: parsed.tenant, keyId: parsed.keyId, role: state.role, branchIds: state.branchIds };
  }
}
