import type { ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { deliveryIdOf } from '@assocflow/delivery';
import type { SqliteEventStore } from '@assocflow/eventstore';
import type { SmtpReceiver } from '../../bench/support/smtp-receiver';
import type { WebhookReceiver } from '../../bench/support/webhook-receiver';
import { startDeliveryRig, type DeliveryRig } from '../support/delivery-rig';
import { configureChannels, deliveryOutcomes, sendReminder, waitFor } from '../support/reminder-fixtures';
import { startWorker, stopWorker } from '../support/worker-process';

const SECRET = 'fault-flushall-secret-0123456789abcdefghij';
const TENANTS = ['wipe-a', 'wipe-b'];
const PER_TENANT = 40;

describe('Redis wiped (FLUSHALL) under the worker, and the worker restarted', () => {
  let rig: DeliveryRig;
  let worker: ChildProcess | undefined;
  // Shorthands for the rig's parts, as the test reads them.
  let redis: Redis;
  let store: SqliteEventStore;
  let webhook: WebhookReceiver;
  let smtp: SmtpReceiver;

  beforeAll(async () => {
    rig = await startDeliveryRig('delivery-flush', SECRET);
    ({ redis, store, webhook, smtp } = rig);
  });
  afterAll(async () => {
    if (worker) await stopWorker(worker);
    await rig.close();
  });

  it('no reminder reaches a receiver twice, and every one reaches it in the end', async () => {
    const ids: string[] = [];
    for (const tenant of TENANTS) {
      await configureChannels(store, tenant, { webhookUrl: webhook.url, secret: SECRET, recipients: ['mishuchu@example.org'] });
      for (let i = 0; i < PER_TENANT; i++)
        ids.push(deliveryIdOf({ tenant, reminderId: await sendReminder(store, tenant, `e${i}`), channel: 'webhook' }));
    }
    const expected = TENANTS.length * PER_TENANT * 2;
    const { env } = rig;
    const total = () => webhook.received.length + smtp.received.length;
    webhook.delayMs = 30;

    worker = startWorker(env);
    await waitFor('a quarter of the deliveries', () => total() >= expected / 4);
    await redis.flushall();
    // The running worker notices the wipe and reads the log again; then it is restarted, and the
    // freshly started one finds Redis wiped again.
    await waitFor('half of the deliveries', () => total() >= expected / 2);
    await stopWorker(worker);
    await redis.flushall();
    worker = startWorker(env);
    await waitFor('every delivery recorded', async () => (await deliveryOutcomes(store)) === expected, 120_000);
    await stopWorker(worker);
    await redis.flushall();
    worker = startWorker(env);
    await waitFor(
      'the restarted worker to read the whole log again',
      async () => Number(await redis.get('assocflow:delivery:checkpoint')) >= Number(await store.headPosition()) - 1,
    );
    await stopWorker(worker);
    worker = undefined;

    for (const id of ids) {
      const mailId = id.replace(/\.webhook$/, '.email');
      expect({ id, webhook: webhook.delivered(id), email: smtp.count(mailId) }).toEqual({ id, webhook: 1, email: 1 });
    }
    expect(webhook.received).toHaveLength(expected / 2);
    expect(smtp.received).toHaveLength(expected / 2);
    expect(await deliveryOutcomes(store)).toBe(expected);
  }, 240_000);
});
