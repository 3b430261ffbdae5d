import { apikey } from '@assocflow/domain';
import { handleCommand, parseApiKey } from '@assocflow/commanding';
import { MemoryEventStore } from '@assocflow/eventstore';
import { ApiKeyService } from './api-key.service';

describe('ApiKeyService (memory store)', () => {
  let now: number;
  beforeEach(() => {
    now = 1_700_000_000_000;
    jest.spyOn(Date, 'now').mockImplementation(() => now);
  });
  afterEach(() => jest.restoreAllMocks());

  const revoke = (store: MemoryEventStore, token: string) => {
    const { tenant, keyId } = parseApiKey(token)!;
    return handleCommand(
      store,
      { decider: apikey.apiKeyDecider, upcasters: apikey.apiKeyUpcasters },
      apikey.toApiKeyStreamId(tenant, keyId),
      { type: 'RevokeApiKey', data: { keyId, revokedOn: '2026-02-01', reason: 'left' } },
      { tenant, actor: 'test', correlationId: `revoke-${keyId}` },
    );
  };

  it('refuses a revoked key once its verification is older than the cache bound (5 s)', async () => {
    const store = new MemoryEventStore();
    const keys = new ApiKeyService(store);
    const { token, keyId } = await keys.issue('sichuan', 'reader', { actor: 'test', today: '2026-01-01' });
    expect(await keys.authenticate(token)).toMatchObject({ tenant: 'sichuan', keyId, role: 'reader' });

    await revoke(store, token);
    now += 4_999;
    expect(keys.cached(token)).toMatchObject({ keyId }); // within the bound: still the verified key
    now += 1;
    expect(keys.cached(token)).toBeUndefined();
    expect(await keys.authenticate(token)).toBeNull();
  });

  it('looks a key up once for every request that asks while its entry is being renewed', async () => {
    const store = new MemoryEventStore();
    const keys = new ApiKeyService(store);
    const { token, keyId } = await keys.issue('sichuan', 'reader', { actor: 'test', today: '2026-01-01' });
    const reads = jest.spyOn(store, 'readStream');
    const principals = await Promise.all(Array.from({ length: 5 }, () => keys.authenticate(token)));
    expect(principals.map((p) => p?.keyId)).toEqual(Array(5).fill(keyId));
    expect(reads).toHaveBeenCalledTimes(1);
    now += 5_000;
    await Promise.all([keys.authenticate(token), keys.authenticate(token)]);
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it('remembers a refusal as briefly, and refuses malformed tokens without a lookup', async () => {
    const store = new MemoryEventStore();
    const keys = new ApiKeyService(store);
    const unknown = 'afk.sichuan.0123456789abcdef.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    expect(await keys.authenticate(unknown)).toBeNull();
    expect(keys.cached(unknown)).toBeNull();
    now += 5_000;
    expect(keys.cached(unknown)).toBeUndefined();
    expect(await keys.authenticate('not-a-key')).toBeNull();
  });
});
