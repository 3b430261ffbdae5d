import { MemoryEventStore } from '@assocflow/eventstore';
import { channels, reminder } from '@assocflow/domain';
import { secretBoxFor } from '@assocflow/platform/secret-box';
import { startWebhookReceiver, type WebhookReceiver } from '../../../bench/support/webhook-receiver';
import { configureChannels, sendReminder, waitFor } from '../../../test/support/reminder-fixtures';
import { startRedis, type RedisProcess } from '../../../test/support/redis-process';
import { startDelivery, type DeliveryRuntime } from './delivery-runtime';

/** The api seals the webhook secret under WEBHOOK_SECRET_KEY; the worker opens it to sign. */
describe('a webhook secret sealed in the event log', () => {
  let redisServer: RedisProcess;
  let webhook: WebhookReceiver;
  let runtime: DeliveryRuntime;
  const store = new MemoryEventStore();
  const secret = 'sealed-secret-0123456789abcdefghijklmnop';
  const key = 'worker-key-0123456789abcdef0123456789';

  beforeAll(async () => {
    redisServer = await startRedis({ appendonly: false });
    webhook = await startWebhookReceiver(secret);
    runtime = await startDelivery({
      store,
      redisUrl: redisServer.url,
      attempts: 3,
      backoffMs: 50,
      webhookPolicy: { allow: ['loopback'] },
      webhookSecretKey: key,
    });
  });
  afterAll(async () => {
    await runtime.close();
    await webhook.close();
    await redisServer.stop();
  });

  it('is opened by the worker with the same key: the receiver verifies the signature with the secret in the clear', async () => {
    await configureChannels(store, 'sealed', { webhookUrl: webhook.url, secret: secretBoxFor(key).seal(secret) });
    const [configured] = await store.readStream(channels.toChannelsStreamId('sealed'));
    expect(JSON.stringify(configured.data)).not.toContain(secret);
    await sendReminder(store, 'sealed', 'rehab');
    await webhook.until((received) => received.length >= 1);
    expect(webhook.received[0]).toMatchObject({ verified: true, status: 204 });
  });

  it('fails the delivery for good, saying why, when this worker holds another key', async () => {
    await configureChannels(store, 'wrongkey', {
      webhookUrl: webhook.url,
      secret: secretBoxFor('another-key-0123456789abcdef0123456789').seal(secret),
    });
    const reminderId = await sendReminder(store, 'wrongkey', 'rehab');
    const stream = reminder.toReminderStreamId('wrongkey', reminderId);
    await waitFor('the failure', async () => (await store.readStream(stream)).some((e) => e.type === 'ReminderDeliveryFailed'), 20_000);
    const failed = (await store.readStream(stream)).find((e) => e.type === 'ReminderDeliveryFailed')!;
    expect(failed.data).toMatchObject({
      channel: 'webhook',
      attempts: 1,
      reason: 'the webhook secret does not open with this WEBHOOK_SECRET_KEY',
    });
  });
});
