import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deliveryIdOf, startDelivery, type DeliveryRuntime } from '@assocflow/delivery';
import { SqliteEventStore } from '@assocflow/eventstore';
import { startSmtpReceiver, type SmtpReceiver } from '../../bench/support/smtp-receiver';
import { startWebhookReceiver, type WebhookReceiver } from '../../bench/support/webhook-receiver';
import { configureChannels, deliveryOutcomes, sendReminder, waitFor } from '../support/reminder-fixtures';
import { startRedis, type RedisProcess } from '../support/redis-process';

const SECRET = 'fault-outage-secret-0123456789abcdefghij';
const TENANTS = ['outage-a', 'outage-b', 'outage-c'];
const BEFORE = 40;
const DURING = 10;

describe('Redis killed in the middle of delivering reminders, then restarted', () => {
  let dir: string;
  let redisServer: RedisProcess;
  let store: SqliteEventStore;
  let webhook: WebhookReceiver;
  let smtp: SmtpReceiver;
  let runtime: DeliveryRuntime | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'assocflow-delivery-outage-'));
    redisServer = await startRedis({ dir: join(dir) });
    store = new SqliteEventStore({ path: join(dir, 'events.sqlite') });
    webhook = await startWebhookReceiver(SECRET);
    smtp = await startSmtpReceiver();
  });
  afterAll(async () => {
    await runtime?.close();
    await store.close();
    await webhook.close();
    await smtp.close();
    await redisServer.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('every due reminder reaches each receiver exactly once in the end', async () => {
    const ids: string[] = [];
    for (const tenant of TENANTS) {
      await configureChannels(store, tenant, { webhookUrl: webhook.url, secret: SECRET, recipients: ['mishuchu@example.org'] });
      for (let i = 0; i < BEFORE; i++)
        ids.push(deliveryIdOf({ tenant, reminderId: await sendReminder(store, tenant, `b${i}`), channel: 'webhook' }));
    }
    // Slow receivers, so that deliveries are in flight when Redis goes.
    webhook.delayMs = 20;
    runtime = await startDelivery({
      store,
      redisUrl: redisServer.url,
      smtp: { url: smtp.url, from: 'noreply@example.org' },
      attempts: 20,
      backoffMs: 100,
      concurrency: 8,
      lockDurationMs: 1_500,
      stalledIntervalMs: 500,
      wipeCheckMs: 0,
      webhookPolicy: { allow: ['loopback'] },
    });
    const total = () => webhook.received.length + smtp.received.length;
    await waitFor('a third of the deliveries', () => total() >= (TENANTS.length * BEFORE * 2) / 3);

    const port = redisServer.port;
    redisServer.child.kill('SIGKILL');
    await new Promise((r) => redisServer.child.once('exit', r));
    const atKill = total();
    // While Redis is away: more reminders are sent, and some deliveries in hand may still finish.
    for (const tenant of TENANTS) {
      for (let i = 0; i < DURING; i++)
        ids.push(deliveryIdOf({ tenant, reminderId: await sendReminder(store, tenant, `d${i}`), channel: 'webhook' }));
    }
    await new Promise((r) => setTimeout(r, 1_500));
    const atRestart = total();
    redisServer = await startRedis({ port, dir });

    const expected = TENANTS.length * (BEFORE + DURING);
    await waitFor('every delivery recorded', async () => (await deliveryOutcomes(store)) === expected * 2, 90_000);
    expect(atKill).toBeLessThan(expected * 2);
    expect(atRestart).toBeLessThan(expected * 2);
    for (const id of ids) {
      expect({ id, webhook: webhook.delivered(id) }).toEqual({ id, webhook: 1 });
      const mailId = id.replace(/\.webhook$/, '.email');
      expect({ id: mailId, email: smtp.count(mailId) }).toEqual({ id: mailId, email: 1 });
    }
    expect(webhook.received.filter((r) => r.status < 300)).toHaveLength(expected);
    expect(smtp.received).toHaveLength(expected);
    expect(webhook.received.every((r) => r.verified)).toBe(true);
  }, 180_000);
});
