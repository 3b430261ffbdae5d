import { MemoryEventStore } from '@assocflow/eventstore';
import { reminder } from '@assocflow/domain';
import { startWebhookReceiver, type WebhookReceiver } from '../../../bench/support/webhook-receiver';
import { configureChannels, sendReminder, waitFor } from '../../../test/support/reminder-fixtures';
import { startRedis, type RedisProcess } from '../../../test/support/redis-process';
import { startDelivery, type DeliveryRuntime } from './delivery-runtime';

describe('a worker without SMTP_URL', () => {
  let redisServer: RedisProcess;
  let webhook: WebhookReceiver;
  let runtime: DeliveryRuntime;
  const store = new MemoryEventStore();
  const secret = 'without-smtp-secret-0123456789abcdefghij';

  beforeAll(async () => {
    redisServer = await startRedis({ appendonly: false });
    webhook = await startWebhookReceiver(secret);
    runtime = await startDelivery({ store, redisUrl: redisServer.url, attempts: 5, backoffMs: 50, webhookPolicy: { allow: ['loopback'] } });
  });
  afterAll(async () => {
    await runtime.close();
    await webhook.close();
    await redisServer.stop();
  });

  it('records e-mail deliveries as failed at once, saying why, and still delivers the webhook', async () => {
    await configureChannels(store, 'nosmtp', { webhookUrl: webhook.url, secret, recipients: ['mishuchu@example.org'] });
    const reminderId = await sendReminder(store, 'nosmtp', 'rehab');
    const stream = reminder.toReminderStreamId('nosmtp', reminderId);
    await waitFor('both outcomes', async () => (await store.readStream(stream)).length === 3, 20_000);
    const outcomes = (await store.readStream(stream)).slice(1).map((e) => ({ type: e.type, data: e.data }));
    expect(outcomes).toEqual(
      expect.arrayContaining([
        { type: 'ReminderDelivered', data: expect.objectContaining({ channel: 'webhook', attempts: 1 }) },
        {
          type: 'ReminderDeliveryFailed',
          data: expect.objectContaining({ channel: 'email', attempts: 1, reason: 'e-mail is not set up on this worker (SMTP_URL)' }),
        },
      ]),
    );
  });
});
