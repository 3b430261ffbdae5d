import { issueApiKey } from '@assocflow/commanding';
import { startApi, type ApiHarness } from '../support/api-harness';

/** /v1/orgs/:tenant/api-keys: an admin issues, lists and revokes the tenant's keys. */
describe('API key administration over HTTP', () => {
  let api: ApiHarness;
  let admin: string;
  const tenant = 'sichuan';

  beforeAll(async () => {
    api = await startApi();
    admin = await api.key(tenant, 'admin');
  });
  afterAll(() => api.close());

  const as = (key: string) => ({
    get: (path: string) => api.http().get(`/v1/orgs/${tenant}${path}`).set('authorization', `Bearer ${key}`),
    post: (path: string, body: object) => api.http().post(`/v1/orgs/${tenant}${path}`).set('authorization', `Bearer ${key}`).send(body),
  });

  it('issues a key once, lists it without its secret, and a revoked key gets 401', async () => {
    const issued = await as(admin).post('/api-keys', { role: 'reader', label: '质控中心 数据上报', expiresOn: '2099-12-31' }).expect(201);
    const { keyId, token } = issued.body as { keyId: string; token: string };
    expect(token).toMatch(new RegExp(`^afk\\.${tenant}\\.${keyId}\\.`));
    await as(token).get('/branches').expect(200);

    const listed = await as(admin).get('/api-keys').expect(200);
    const mine = (listed.body as { keyId: string }[]).find((k) => k.keyId === keyId);
    expect(mine).toEqual({
      keyId,
      role: 'reader',
      branchIds: [],
      label: '质控中心 数据上报',
      issuedOn: expect.any(String),
      expiresOn: '2099-12-31',
      status: 'active',
    });
    const secret = token.split('.').pop()!;
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    expect(JSON.stringify(listed.body)).not.toMatch(/secretHash|hash/i);

    const revoked = await as(admin).post(`/api-keys/${keyId}/revocation`, { reason: '人员离岗' }).expect(201);
    expect(revoked.body.events).toEqual([{ id: expect.any(String), type: 'ApiKeyRevoked' }]);
    const refused = await as(token).get('/branches').expect(401);
    expect(refused.body.detail).toMatch(/unknown or revoked/);
    const after = (await as(admin).get('/api-keys').expect(200)).body as { keyId: string; status: string; revocationReason?: string }[];
    expect(after.find((k) => k.keyId === keyId)).toMatchObject({ status: 'revoked', revocationReason: '人员离岗' });
    // Revoking again is a broken rule, not a second event.
    expect((await as(admin).post(`/api-keys/${keyId}/revocation`, { reason: 'again' }).expect(422)).body.rule).toBe(
      'api-key-must-be-active',
    );
  });

  it('refuses a key past its last day with 401, and lists it as expired', async () => {
    const { token, keyId } = await issueApiKey(api.store, tenant, 'reader', {
      actor: 'test',
      today: '2020-01-01',
      expiresOn: '2020-12-31',
    });
    await as(token).get('/branches').expect(401);
    const listed = (await as(admin).get('/api-keys').expect(200)).body as { keyId: string; status: string }[];
    expect(listed.find((k) => k.keyId === keyId)?.status).toBe('expired');
  });

  it("answers 422 to an expiry before the issue day, 400 naming the field, 403 to any key but an admin's", async () => {
    expect((await as(admin).post('/api-keys', { role: 'reader', expiresOn: '2001-01-01' }).expect(422)).body.rule).toBe(
      'api-key-expires-after-issue',
    );
    const bad = await as(admin)
      .post('/api-keys', { role: 'king', branchIds: ['Bad Id'] })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['role', 'branchIds']));
    expect((await as(admin).post('/api-keys', { role: 'branch-officer' }).expect(422)).body.rule).toBe('branch-officer-scoped-to-branches');
    const secretary = await api.key(tenant, 'secretary');
    await as(secretary).get('/api-keys').expect(403);
    await as(secretary).post('/api-keys', { role: 'admin' }).expect(403);
    const other = await api.key('shandong', 'admin');
    await as(other).get('/api-keys').expect(404);
  });
});
