import { secretBoxFor } from '@assocflow/platform';
import { startApi, type ApiHarness } from '../support/api-harness';

describe('delivery channels over HTTP (admin only, the secret never read back)', () => {
  let api: ApiHarness;
  let admin: string;
  let secretary: string;
  const tenant = 'channels-e2e';
  const secret = 'e2e-signing-secret-0123456789abcdef-XYZ';
  const url = `/v1/orgs/${tenant}/channels`;

  beforeAll(async () => {
    api = await startApi();
    admin = await api.key(tenant, 'admin');
    secretary = await api.key(tenant, 'secretary');
  });
  afterAll(() => api.close());

  const as = (key: string) => ({
    post: (path: string, body: object) => api.http().post(`${url}${path}`).set('authorization', `Bearer ${key}`).send(body),
    get: () => api.http().get(url).set('authorization', `Bearer ${key}`),
  });

  it('an admin configures the webhook and the recipients; the read shows the URL, never the secret', async () => {
    const configured = await as(admin)
      .post('/webhook', { url: 'https://oa.example.org/hooks/assocflow', secret, configuredOn: '2026-03-01' })
      .expect(201);
    expect(configured.body).toMatchObject({
      streamId: `channels-${tenant}.delivery`,
      revision: '0',
      events: [{ type: 'WebhookConfigured' }],
    });
    expect(JSON.stringify(configured.body)).not.toContain(secret);
    await as(admin)
      .post('/email-recipients', { recipients: ['mishuchu@example.org', 'wang@example.org'], setOn: '2026-03-01' })
      .expect(201);

    const read = await as(admin).get().expect(200);
    expect(read.body).toEqual({
      webhook: { url: 'https://oa.example.org/hooks/assocflow', configuredOn: '2026-03-01', secretSet: true },
      emailRecipients: ['mishuchu@example.org', 'wang@example.org'],
      revision: '1',
    });
    expect(read.text).not.toContain(secret);
    expect(read.headers.etag).toBe('"1"');
  });

  it('keeps the secret in the event log sealed under WEBHOOK_SECRET_KEY, where the worker opens it to sign', async () => {
    const events = (await api.allEvents()).filter((e) => e.streamId === `channels-${tenant}.delivery`);
    expect(events[0].type).toBe('WebhookConfigured');
    const stored = (events[0].data as { secret: string }).secret;
    expect(stored).not.toContain(secret);
    expect(secretBoxFor('api-harness-webhook-key-0123456789abcdef').open(stored)).toBe(secret);
  });

  it('removes the webhook', async () => {
    await as(admin).post('/webhook/removal', { removedOn: '2026-04-01' }).expect(201);
    expect((await as(admin).get().expect(200)).body.webhook).toBeNull();
  });

  it('refuses other roles: 403 for a secretary, 401 without a key', async () => {
    await as(secretary).post('/webhook', { url: 'https://x.example.org/', secret, configuredOn: '2026-03-01' }).expect(403);
    await as(secretary).get().expect(403);
    await api.http().get(url).expect(401);
  });

  it('refuses a weak secret (400, without echoing it) and a URL with credentials (422, the rule)', async () => {
    const weak = await as(admin)
      .post('/webhook', { url: 'https://oa.example.org/h', secret: 'too-short-secret', configuredOn: '2026-03-01' })
      .expect(400);
    expect(weak.body.errors).toEqual([expect.objectContaining({ field: 'secret' })]);
    expect(weak.text).not.toContain('too-short-secret');
    const credentials = await as(admin)
      .post('/webhook', { url: 'https://user:pw@oa.example.org/h', secret, configuredOn: '2026-03-01' })
      .expect(422);
    expect(credentials.body).toMatchObject({ rule: 'webhook-url-http' });
    const recipient = await as(admin)
      .post('/email-recipients', { recipients: ['not-an-address'], setOn: '2026-03-01' })
      .expect(422);
    expect(recipient.body).toMatchObject({ rule: 'email-recipient-address' });
  });

  it('refuses a webhook aimed at the machine or its network (169.254.169.254, loopback, private) with 422 naming url, appending nothing', async () => {
    const before = (await api.allEvents()).length;
    for (const url of [
      'http://169.254.169.254/latest/meta-data/',
      'http://127.0.0.1:8080/h',
      'http://localhost/h',
      'http://10.0.0.5/h',
      'http://[::ffff:192.168.1.1]/h',
    ]) {
      const res = await as(admin).post('/webhook', { url, secret, configuredOn: '2026-03-01' }).expect(422);
      expect(res.body).toMatchObject({ rule: 'webhook-target-allowed', detail: expect.stringMatching(/^url: /) });
    }
    expect((await api.allEvents()).length).toBe(before);
  });

  it('accepts a loopback receiver where the installation allows it (WEBHOOK_ALLOW_ADDRESSES=loopback)', async () => {
    const local = await startApi({ WEBHOOK_ALLOW_ADDRESSES: 'loopback' });
    try {
      const key = await local.key(tenant, 'admin');
      await local
        .http()
        .post(`/v1/orgs/${tenant}/channels/webhook`)
        .set('authorization', `Bearer ${key}`)
        .send({ url: 'http://127.0.0.1:8080/h', secret, configuredOn: '2026-03-01' })
        .expect(201);
      await local
        .http()
        .post(`/v1/orgs/${tenant}/channels/webhook`)
        .set('authorization', `Bearer ${key}`)
        .send({ url: 'http://169.254.169.254/', secret, configuredOn: '2026-03-02' })
        .expect(422);
    } finally {
      await local.close();
    }
  });

  it('keeps the signing secret sealed in the event log, and refuses with 503 where no WEBHOOK_SECRET_KEY is set', async () => {
    const events = await api.store.readStream(`channels-${tenant}.delivery`);
    const configured = events.filter((e) => e.type === 'WebhookConfigured');
    expect(configured.length).toBeGreaterThan(0);
    for (const e of configured) {
      expect(JSON.stringify(e.data)).not.toContain(secret);
      expect((e.data as { secret: string }).secret).toMatch(/^enc:v1:/);
    }
    const keyless = await startApi({ WEBHOOK_SECRET_KEY: '' });
    try {
      const key = await keyless.key(tenant, 'admin');
      const res = await keyless
        .http()
        .post(`/v1/orgs/${tenant}/channels/webhook`)
        .set('authorization', `Bearer ${key}`)
        .send({ url: 'https://oa.example.org/h', secret, configuredOn: '2026-03-01' })
        .expect(503);
      expect(res.body.detail).toMatch(/WEBHOOK_SECRET_KEY is not set/);
    } finally {
      await keyless.close();
    }
  });
});
