import { Redis } from 'ioredis';
import { channels, reminder } from '@assocflow/domain';
import { handleCommand } from '@assocflow/commanding';
import { MemoryEventStore, type RecordedEvent } from '@assocflow/eventstore';
import { startSmtpReceiver, type SmtpReceiver } from '../../../bench/support/smtp-receiver';
import { startWebhookReceiver, type WebhookReceiver } from '../../../bench/support/webhook-receiver';
import { startRedis, type RedisProcess } from '../../../test/support/redis-process';
import { DELIVERY_CHECKPOINT_KEY } from './delivery-follower';
import { deliveryIdOf } from './delivery-job';
import { startDelivery, type DeliveryRuntime } from './delivery-runtime';

const SECRET = 'delivery-int-spec-secret-0123456789abcdef';
const ATTEMPTS = 4;
const BACKOFF_MS = 150;

async function waitFor(what: string, test: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await test())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('reminder delivery over a signed webhook and e-mail (real Redis, local receivers)', () => {
  let redisServer: RedisProcess;
  let store: MemoryEventStore;
  let webhook: WebhookReceiver;
  let smtp: SmtpReceiver;
  let runtime: DeliveryRuntime;
  let tenantNo = 0;

  const start = () =>
    startDelivery({
      store,
      redisUrl: redisServer.url,
      smtp: { url: smtp.url, from: 'noreply@example.org' },
      attempts: ATTEMPTS,
      backoffMs: BACKOFF_MS,
      concurrency: 4,
      webhookPolicy: { allow: ['loopback'] },
    });

  beforeAll(async () => {
    redisServer = await startRedis({ appendonly: false });
    store = new MemoryEventStore();
    webhook = await startWebhookReceiver(SECRET);
    smtp = await startSmtpReceiver();
    runtime = await start();
  });
  afterAll(async () => {
    await runtime.close();
    await webhook.close();
    await smtp.close();
    await redisServer.stop();
  });

  const context = (tenant: string) => ({ tenant, actor: 'test', correlationId: 'c' });
  async function tenantWith(options: { webhook?: boolean; email?: boolean } = { webhook: true, email: true }): Promise<string> {
    const tenant = `t${++tenantNo}-${Date.now().toString(36)}`;
    const aggregate = { decider: channels.channelsDecider, upcasters: channels.channelsUpcasters };
    if (options.webhook) {
      await handleCommand(
        store,
        aggregate,
        channels.toChannelsStreamId(tenant),
        { type: 'ConfigureWebhook', data: { url: webhook.url, secret: SECRET, configuredOn: '2028-01-01' } },
        context(tenant),
      );
    }
    if (options.email) {
      await handleCommand(
        store,
        aggregate,
        channels.toChannelsStreamId(tenant),
        { type: 'SetEmailRecipients', data: { recipients: ['mishuchu@example.org', 'wang@example.org'], setOn: '2028-01-01' } },
        context(tenant),
      );
    }
    return tenant;
  }
  async function sendReminder(tenant: string, entityId = 'rehab'): Promise<string> {
    const entity = { kind: 'branch', id: entityId };
    const reminderId = reminder.toReminderId('branch-renewal-90d', entity, '2028-06-01');
    await handleCommand(
      store,
      { decider: reminder.reminderDecider, upcasters: reminder.reminderUpcasters },
      reminder.toReminderStreamId(tenant, reminderId),
      {
        type: 'SendReminder',
        data: { reminderId, rule: 'branch-renewal-90d', entity, dueOn: '2028-06-01', channels: ['feed'], sentOn: '2028-03-03' },
      },
      context(tenant),
    );
    return reminderId;
  }
  const outcomes = async (tenant: string, reminderId: string): Promise<RecordedEvent[]> =>
    (await store.readStream(reminder.toReminderStreamId(tenant, reminderId))).filter((e) => e.type !== 'ReminderSent');
  const id = (tenant: string, reminderId: string, channel: reminder.DeliveryChannel) => deliveryIdOf({ tenant, reminderId, channel });

  it('delivers a reminder once to each channel, signed, and records each delivery once', async () => {
    const tenant = await tenantWith();
    const reminderId = await sendReminder(tenant);
    await waitFor('both deliveries recorded', async () => (await outcomes(tenant, reminderId)).length === 2);

    expect(webhook.delivered(id(tenant, reminderId, 'webhook'))).toBe(1);
    expect(smtp.count(id(tenant, reminderId, 'email'))).toBe(1);
    const [request] = webhook.received.filter((r) => r.deliveryId === id(tenant, reminderId, 'webhook'));
    expect(request.verified).toBe(true);
    expect(JSON.parse(request.body)).toMatchObject({
      type: 'reminder.sent',
      tenant,
      deliveryId: id(tenant, reminderId, 'webhook'),
      reminder: { reminderId, dueOn: '2028-06-01' },
    });
    const [mail] = smtp.received.filter((m) => m.deliveryId === id(tenant, reminderId, 'email'));
    expect(mail.to).toEqual(['mishuchu@example.org', 'wang@example.org']);
    expect(mail.raw).toContain('branch-renewal-90d');
    expect((await outcomes(tenant, reminderId)).map((e) => [e.type, (e.data as { channel: string }).channel]).sort()).toEqual([
      ['ReminderDelivered', 'email'],
      ['ReminderDelivered', 'webhook'],
    ]);
    // The secret goes nowhere near Redis: not in a job, not in a key.
    const redis = new Redis(redisServer.url);
    const keys = await redis.keys('*');
    const values = await Promise.all(keys.map(async (k) => JSON.stringify(await redis.dump(k))));
    await redis.quit();
    expect(values.join('')).not.toContain(SECRET);
  });

  it('re-reading the whole log (checkpoint gone, completed jobs gone) delivers nothing twice', async () => {
    const tenant = await tenantWith();
    const reminderId = await sendReminder(tenant);
    await waitFor('both deliveries recorded', async () => (await outcomes(tenant, reminderId)).length === 2);
    await runtime.close();
    const redis = new Redis(redisServer.url);
    await redis.flushall();
    await redis.quit();
    runtime = await start();
    await waitFor('the follower to catch up again', () => runtime.follower.isCaughtUp && runtime.follower.checkpoint >= 1n);
    await waitFor('the queue to drain', async () => (await runtime.queue.getJobCountByTypes('waiting', 'active', 'delayed')) === 0);
    expect(webhook.delivered(id(tenant, reminderId, 'webhook'))).toBe(1);
    expect(smtp.count(id(tenant, reminderId, 'email'))).toBe(1);
    expect(await outcomes(tenant, reminderId)).toHaveLength(2);
  });

  it('retries a failing receiver with exponential backoff: failing twice, it gets the reminder on the third attempt', async () => {
    const tenant = await tenantWith({ webhook: true });
    const previous = webhook.answer;
    webhook.answer = ({ deliveryId, attempt }) => (deliveryId.startsWith(`${tenant}.`) && attempt <= 2 ? 503 : 204);
    try {
      const reminderId = await sendReminder(tenant);
      await waitFor('the delivery recorded', async () => (await outcomes(tenant, reminderId)).length === 1);
      const requests = webhook.received.filter((r) => r.deliveryId === id(tenant, reminderId, 'webhook'));
      expect(requests.map((r) => r.status)).toEqual([503, 503, 204]);
      const gaps = [requests[1].at - requests[0].at, requests[2].at - requests[1].at];
      expect(gaps[0]).toBeGreaterThanOrEqual(BACKOFF_MS * 0.9);
      expect(gaps[1]).toBeGreaterThanOrEqual(BACKOFF_MS * 2 * 0.9);
      const [delivered] = await outcomes(tenant, reminderId);
      expect(delivered).toMatchObject({ type: 'ReminderDelivered', data: { channel: 'webhook', attempts: 3 } });
    } finally {
      webhook.answer = previous;
    }
  });

  it('a receiver that always fails: a failed-delivery record and the failed job kept with its reason; e-mail goes out regardless', async () => {
    const tenant = await tenantWith();
    const previous = webhook.answer;
    webhook.answer = ({ deliveryId }) => (deliveryId.startsWith(`${tenant}.`) ? 500 : 204);
    try {
      const reminderId = await sendReminder(tenant);
      await waitFor('both outcomes recorded', async () => (await outcomes(tenant, reminderId)).length === 2);
      const recorded = await outcomes(tenant, reminderId);
      expect(recorded.find((e) => e.type === 'ReminderDeliveryFailed')).toMatchObject({
        data: { channel: 'webhook', attempts: ATTEMPTS, reason: 'webhook answered 500', deliveryId: id(tenant, reminderId, 'webhook') },
      });
      expect(recorded.find((e) => e.type === 'ReminderDelivered')).toMatchObject({ data: { channel: 'email' } });
      expect(webhook.received.filter((r) => r.deliveryId === id(tenant, reminderId, 'webhook'))).toHaveLength(ATTEMPTS);
      expect(smtp.count(id(tenant, reminderId, 'email'))).toBe(1);
      const job = await runtime.queue.getJob(id(tenant, reminderId, 'webhook'));
      await waitFor('the job in the failed set', async () => (await job!.getState()) === 'failed');
      const failed = await runtime.queue.getJob(id(tenant, reminderId, 'webhook'));
      expect(failed?.failedReason).toBe('webhook answered 500');
      expect(failed?.attemptsMade).toBe(ATTEMPTS);
    } finally {
      webhook.answer = previous;
    }
  });

  it('an SMTP server refusing keeps e-mail failing on its own; the webhook is delivered', async () => {
    const tenant = await tenantWith();
    smtp.refuse = (deliveryId) => deliveryId.startsWith(`${tenant}.`);
    try {
      const reminderId = await sendReminder(tenant);
      await waitFor('both outcomes recorded', async () => (await outcomes(tenant, reminderId)).length === 2);
      const recorded = await outcomes(tenant, reminderId);
      expect(recorded.find((e) => e.type === 'ReminderDeliveryFailed')).toMatchObject({
        data: { channel: 'email', reason: 'smtp refused (451)' },
      });
      expect(webhook.delivered(id(tenant, reminderId, 'webhook'))).toBe(1);
    } finally {
      smtp.refuse = () => false;
    }
  });

  it('goes only over the channels configured when the reminder was sent', async () => {
    const tenant = await tenantWith({ email: true });
    const reminderId = await sendReminder(tenant);
    await waitFor('the e-mail delivery recorded', async () => (await outcomes(tenant, reminderId)).length === 1);
    await handleCommand(
      store,
      { decider: channels.channelsDecider, upcasters: channels.channelsUpcasters },
      channels.toChannelsStreamId(tenant),
      {
        type: 'ConfigureWebhook',
        data: { url: webhook.url, secret: SECRET, configuredOn: '2028-03-04' },
      },
      context(tenant),
    );
    const later = await sendReminder(tenant, 'cardio');
    await waitFor('the later reminder delivered to both', async () => (await outcomes(tenant, later)).length === 2);
    await runtime.close();
    const redis = new Redis(redisServer.url);
    await redis.del(DELIVERY_CHECKPOINT_KEY);
    await redis.quit();
    runtime = await start();
    await waitFor('the follower to catch up again', () => runtime.follower.isCaughtUp);
    await waitFor('the queue to drain', async () => (await runtime.queue.getJobCountByTypes('waiting', 'active', 'delayed')) === 0);
    expect(webhook.delivered(id(tenant, reminderId, 'webhook'))).toBe(0);
    expect(webhook.delivered(id(tenant, later, 'webhook'))).toBe(1);
  });
});
