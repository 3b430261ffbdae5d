import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deliveryIdOf, signWebhook, startDelivery, webhookBodyOf, WEBHOOK_HEADERS } from '@assocflow/delivery';
import { SqliteEventStore } from '@assocflow/eventstore';
import { configureChannels, deliveryOutcomes, sendReminder, waitFor } from '../support/reminder-fixtures';
import { startRedis } from '../support/redis-process';
import { progress } from '../support/result';
import { startWebhookReceiver } from '../support/webhook-receiver';

export interface WebhookThroughputOptions {
  reminders: number;
  tenants?: number;
  /** Deliveries in flight at once, for both the pipeline and the baseline. */
  concurrency?: number;
}

export interface WebhookThroughput {
  /** Reminders delivered per second through the webhook channel: log -> follower -> BullMQ -> signed POST -> ReminderDelivered recorded. */
  webhookRemindersPerSec: number;
  /** Plain signed HTTP POSTs of the same payloads to the same receiver, same concurrency, without queue or log. */
  baselinePostsPerSec: number;
  reminders: number;
}

/**
 * The figure for the scheduling benchmark: `reminders` ReminderSent already in a SQLite log,
 * the delivery runtime started on a fresh redis-server, timed until every reminder is on the
 * receiver and its ReminderDelivered is recorded. The baseline runs in the same process first.
 */
export async function measureWebhookThroughput(options: WebhookThroughputOptions): Promise<WebhookThroughput> {
  const tenants = options.tenants ?? 10;
  const concurrency = options.concurrency ?? 16;
  const secret = 'bench-webhook-secret-0123456789abcdefghij';
  const dir = mkdtempSync(join(tmpdir(), 'assocflow-bench-delivery-'));
  const redisServer = await startRedis({ appendonly: false });
  const store = new SqliteEventStore({ path: join(dir, 'events.sqlite') });
  const receiver = await startWebhookReceiver(secret);
  try {
    progress(`sending ${options.reminders.toLocaleString('en-US')} reminders over ${tenants} tenants`);
    const sent: { tenant: string; reminderId: string }[] = [];
    for (let t = 0; t < tenants; t++) await configureChannels(store, `bench${t}`, { webhookUrl: receiver.url, secret });
    for (let i = 0; i < options.reminders; i++) {
      const tenant = `bench${i % tenants}`;
      sent.push({ tenant, reminderId: await sendReminder(store, tenant, `b${i}`) });
    }

    progress(`baseline: ${sent.length} signed POSTs, ${concurrency} at a time, no queue`);
    const bodies = sent.map(({ tenant, reminderId }) => {
      const deliveryId = `baseline.${deliveryIdOf({ tenant, reminderId, channel: 'webhook' })}`;
      const entity = { kind: 'branch', id: reminderId.split('.')[2] };
      return {
        deliveryId,
        body: webhookBodyOf(tenant, deliveryId, {
          reminderId,
          rule: 'branch-renewal-30d',
          entity,
          dueOn: '2028-06-01',
          channels: ['feed'],
          sentOn: '2028-05-02',
        }),
      };
    });
    let next = 0;
    let t0 = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < bodies.length) {
          const { deliveryId, body } = bodies[next++];
          const timestamp = Math.floor(Date.now() / 1000);
          const res = await fetch(receiver.url, {
            method: 'POST',
            body,
            headers: {
              'content-type': 'application/json',
              [WEBHOOK_HEADERS.timestamp]: String(timestamp),
              [WEBHOOK_HEADERS.signature]: signWebhook(secret, timestamp, body),
              [WEBHOOK_HEADERS.delivery]: deliveryId,
            },
          });
          await res.arrayBuffer();
          if (res.status !== 204) throw new Error(`baseline POST answered ${res.status}`);
        }
      }),
    );
    const baselineMs = Number(process.hrtime.bigint() - t0) / 1e6;

    progress('pipeline: follower -> BullMQ -> signed POST -> ReminderDelivered');
    t0 = process.hrtime.bigint();
    const runtime = await startDelivery({
      store,
      redisUrl: redisServer.url,
      concurrency,
      wipeCheckMs: 0,
      webhookPolicy: { allow: ['loopback'] },
    });
    try {
      await receiver.until((received) => received.length >= bodies.length * 2, 600_000);
      await waitFor('every ReminderDelivered recorded', async () => (await deliveryOutcomes(store)) >= sent.length, 600_000);
      const pipelineMs = Number(process.hrtime.bigint() - t0) / 1e6;
      const delivered = sent.filter(
        ({ tenant, reminderId }) => receiver.delivered(deliveryIdOf({ tenant, reminderId, channel: 'webhook' })) === 1,
      ).length;
      if (delivered !== sent.length) throw new Error(`${delivered} of ${sent.length} reminders delivered exactly once`);
      return {
        webhookRemindersPerSec: (sent.length * 1000) / pipelineMs,
        baselinePostsPerSec: (bodies.length * 1000) / baselineMs,
        reminders: sent.length,
      };
    } finally {
      await runtime.close();
    }
  } finally {
    await store.close();
    await receiver.close();
    await redisServer.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
