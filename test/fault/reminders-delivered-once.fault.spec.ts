import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { deliveryIdOf } from '@assocflow/delivery';
import { SqliteEventStore, type EventStore } from '@assocflow/eventstore';
import { addDays, localDateOf } from '@assocflow/scheduling';
import type { SmtpReceiver } from '../../bench/support/smtp-receiver';
import type { WebhookReceiver } from '../../bench/support/webhook-receiver';
import { startDeliveryRig, type DeliveryRig } from '../support/delivery-rig';
import { configureChannels, deliveryOutcomes, waitFor } from '../support/reminder-fixtures';
import { startWorker, stopWorker } from '../support/worker-process';

const SECRET = 'end-to-end-secret-0123456789abcdefghijkl';
const TENANTS = ['e2e-a', 'e2e-b'];
const BRANCHES = 80;

async function append(store: EventStore, tenant: string, streamId: string, type: string, data: Record<string, unknown>): Promise<void> {
  const existing = await store.readStream(streamId);
  await store.append(
    streamId,
    [{ id: randomUUID(), type, data, metadata: { tenant, actor: 'test', schemaVersion: 1, occurredAt: data.occurredOn } }],
    {
      expectedRevision: existing.length ? existing[existing.length - 1].revision : 'no_stream',
    },
  );
}

/** Branches whose terms end from 40 days ago to about 18 months ahead: renewal reminders and escalations due now. */
async function seed(store: EventStore, today: string): Promise<void> {
  for (const tenant of TENANTS) {
    await append(store, tenant, `organization-${tenant}.profile`, 'OrganizationRegistered', {
      occurredOn: '2020-01-01',
      name: tenant,
      kind: 'association',
      timeZone: 'Asia/Shanghai',
    });
  }
  for (let i = 0; i < BRANCHES; i++) {
    const tenant = TENANTS[i % TENANTS.length];
    const endsOn = addDays(today, -40 + i * 7);
    await append(store, tenant, `branch-${tenant}.b${i}`, 'BranchRegistered', {
      occurredOn: '2020-01-01',
      branchId: `b${i}`,
      name: `分会 ${i}`,
      kind: 'society',
      term: { number: 1, startedOn: addDays(endsOn, -1500), endsOn },
      hasPartyGroup: false,
      leadership: [],
    });
  }
}

describe('the worker end to end: the scheduler sends, delivery delivers; FLUSHALL and restarts', () => {
  let rig: DeliveryRig;
  let worker: ChildProcess | undefined;
  // Shorthands for the rig's parts, as the test reads them.
  let redis: Redis;
  let store: SqliteEventStore;
  let webhook: WebhookReceiver;
  let smtp: SmtpReceiver;

  beforeAll(async () => {
    rig = await startDeliveryRig('reminders-e2e', SECRET);
    ({ redis, store, webhook, smtp } = rig);
  });
  afterAll(async () => {
    if (worker) await stopWorker(worker);
    await rig.close();
  });

  const sentReminders = async () =>
    (await store.readAll({ filter: { eventTypes: ['ReminderSent'] } })).map((e) => ({
      tenant: String(e.metadata.tenant),
      reminderId: (e.data as { reminderId: string }).reminderId,
    }));

  /** Every reminder due has been sent and each outcome recorded, and nothing moved for a while. */
  async function settled(): Promise<void> {
    let last = '';
    let since = Date.now();
    await waitFor(
      'reminders sent and delivered, then quiet',
      async () => {
        const sent = (await sentReminders()).length;
        const now = `${sent}/${await deliveryOutcomes(store)}/${webhook.received.length}/${smtp.received.length}`;
        if (now !== last) [last, since] = [now, Date.now()];
        return sent > 0 && (await deliveryOutcomes(store)) === sent * 2 && Date.now() - since > 3_000;
      },
      120_000,
    );
  }

  it('every reminder the scheduler sent reaches each receiver exactly once', async () => {
    await seed(store, localDateOf(new Date(), 'Asia/Shanghai'));
    for (const tenant of TENANTS)
      await configureChannels(store, tenant, { webhookUrl: webhook.url, secret: SECRET, recipients: ['mishuchu@example.org'] });
    const { env } = rig;
    webhook.delayMs = 25;

    worker = startWorker(env);
    await webhook.until((received) => received.length >= 5, 60_000);
    await redis.flushall();
    await stopWorker(worker);
    await redis.flushall();
    worker = startWorker(env);
    await settled();
    await stopWorker(worker);
    await redis.flushall();
    worker = startWorker(env);
    await settled();
    await stopWorker(worker);
    worker = undefined;

    const sent = await sentReminders();
    expect(sent.length).toBeGreaterThan(10);
    expect(new Set(sent.map((s) => `${s.tenant}.${s.reminderId}`)).size).toBe(sent.length);
    for (const s of sent) {
      const [hook, mail] = [deliveryIdOf({ ...s, channel: 'webhook' }), deliveryIdOf({ ...s, channel: 'email' })];
      expect({ hook, webhook: webhook.delivered(hook), email: smtp.count(mail) }).toEqual({ hook, webhook: 1, email: 1 });
    }
    expect(webhook.received).toHaveLength(sent.length);
    expect(smtp.received).toHaveLength(sent.length);
  }, 300_000);
});
