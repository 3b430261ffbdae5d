import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryEventStore } from '@assocflow/eventstore';
import { startWebhookReceiver, type WebhookReceiver } from '../../../bench/support/webhook-receiver';
import { configureChannels, deliveryOutcomes, sendReminder, waitFor } from '../../../test/support/reminder-fixtures';
import { freePort, startRedis, type RedisProcess } from '../../../test/support/redis-process';
import { startDelivery } from './delivery-runtime';

describe('delivery while Redis is away at start', () => {
  let webhook: WebhookReceiver;
  let redisServer: RedisProcess | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'assocflow-delivery-away-'));
  const secret = 'redis-away-secret-0123456789abcdefghijkl';

  beforeAll(async () => {
    webhook = await startWebhookReceiver(secret);
  });
  afterAll(async () => {
    await webhook.close();
    await redisServer?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts and stops without waiting for Redis', async () => {
    const started = Date.now();
    const runtime = await startDelivery({ store: new MemoryEventStore(), redisUrl: `redis://127.0.0.1:${await freePort()}` });
    await new Promise((r) => setTimeout(r, 300));
    await runtime.close();
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('delivers what was sent meanwhile once Redis comes', async () => {
    const store = new MemoryEventStore();
    await configureChannels(store, 'away', { webhookUrl: webhook.url, secret });
    const port = await freePort();
    const runtime = await startDelivery({
      store,
      redisUrl: `redis://127.0.0.1:${port}`,
      backoffMs: 50,
      webhookPolicy: { allow: ['loopback'] },
    });
    try {
      await sendReminder(store, 'away', 'rehab');
      await new Promise((r) => setTimeout(r, 500));
      expect(webhook.received).toHaveLength(0);
      redisServer = await startRedis({ port, dir, appendonly: false });
      await waitFor('the delivery recorded', async () => (await deliveryOutcomes(store)) === 1, 30_000);
      expect(webhook.received).toHaveLength(1);
    } finally {
      await runtime.close();
    }
  });
});
