import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { SqliteEventStore, type EventStore } from '@assocflow/eventstore';
import { addDays, DAILY_RECONCILE_SCHEDULER_ID, localDateOf, Scheduler } from '@assocflow/scheduling';
import { startRedis, type RedisProcess } from '../support/redis-process';

const TENANTS = ['flush-a', 'flush-b', 'flush-c'];
const BRANCHES = 200;

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

/** 200 branches over 3 tenants, terms ending from 40 days ago to 4 years ahead; a general assembly scheduled per tenant. */
async function seed(store: EventStore): Promise<void> {
  const today = localDateOf(new Date(), 'Asia/Shanghai');
  for (const tenant of TENANTS) {
    await append(store, tenant, `organization-${tenant}.profile`, 'OrganizationRegistered', {
      occurredOn: '2020-01-01',
      name: tenant,
      kind: 'association',
      timeZone: 'Asia/Shanghai',
    });
    await append(store, tenant, `organization-${tenant}.profile`, 'TermStarted', {
      occurredOn: '2024-03-01',
      termNumber: 5,
      startedOn: '2024-03-01',
      endsOn: '2029-03-01',
    });
    await append(store, tenant, `meetings-${tenant}.general-assembly-t5`, 'MeetingSeriesDeclared', {
      occurredOn: '2024-03-01',
      body: 'general-assembly',
      term: 5,
      membersTotal: 300,
      heldSoFar: 0,
    });
    await append(store, tenant, `meetings-${tenant}.general-assembly-t5`, 'MeetingScheduled', {
      occurredOn: today,
      body: 'general-assembly',
      term: 5,
      meetingId: 'ga2',
      scheduledOn: addDays(today, 45),
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

describe('timers survive a FLUSHALL and restarts: rebuilt from the log, no reminder recorded twice', () => {
  let dir: string;
  let redisServer: RedisProcess;
  let redis: Redis;
  let store: SqliteEventStore;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'assocflow-sched-flush-'));
    redisServer = await startRedis();
    redis = new Redis(redisServer.url);
    store = new SqliteEventStore({ path: join(dir, 'events.sqlite') });
    await seed(store);
  });
  afterAll(async () => {
    await store.close();
    await redis.quit();
    await redisServer.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** One entry per ReminderSent in the log: its stream, i.e. tenant and reminder id. */
  const reminderIds = async () =>
    (await store.readAll({ filter: { categories: ['reminder'], eventTypes: ['ReminderSent'] } })).map((e) => e.streamId);
  const delayedIds = async (s: Scheduler) => (await s.timers.getRanges(['delayed'], 0, -1)).sort();

  /** Starts a scheduler and waits until every timer already due has run and its ReminderSent is folded in. */
  async function run(): Promise<Scheduler> {
    const scheduler = new Scheduler({ store, redisUrl: redisServer.url, debounceMs: 20 });
    await scheduler.start();
    const deadline = Date.now() + 60_000;
    for (;;) {
      await scheduler.idle();
      const counts = await scheduler.timers.getJobCounts('waiting', 'active', 'prioritized');
      const pastDue = TENANTS.flatMap((t) => scheduler.desiredFor(t)).filter((t) => Date.parse(t.fireAt) <= Date.now());
      if (counts.waiting + counts.active + counts.prioritized === 0 && pastDue.length === 0) break;
      if (Date.now() > deadline) throw new Error(`timers still running: ${JSON.stringify(counts)}, ${pastDue.length} past due`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return scheduler;
  }

  it(`${BRANCHES} branches over ${TENANTS.length} tenants: FLUSHALL + restart recreates every timer; two more restarts record nothing again`, async () => {
    const first = await run();
    const sentFirst = await reminderIds();
    // Only what is due now went out: overdue renewals (their latest escalation), councils that have not met (their flag).
    expect(sentFirst.length).toBeGreaterThan(0);
    expect(sentFirst.every((id) => /^reminder-flush-[abc]\.(branch-renewal-|meeting-overdue\.body\.)/.test(id))).toBe(true);
    expect(new Set(sentFirst).size).toBe(sentFirst.length);
    const timersBefore = await delayedIds(first);
    const desired = TENANTS.flatMap((t) => first.desiredFor(t))
      .map((t) => t.jobId)
      .sort();
    expect(timersBefore).toEqual(desired);
    expect(timersBefore.length).toBeGreaterThan(BRANCHES * 4);
    expect(timersBefore.some((id) => id.includes('meeting-notice.meeting.general-assembly-t5.ga2'))).toBe(true);
    expect(timersBefore.some((id) => id.includes('yearly-report-'))).toBe(true);

    await redis.flushall();
    expect(await redis.dbsize()).toBe(0);
    await first.stop();

    const second = await run();
    expect(await delayedIds(second)).toEqual(timersBefore);
    expect(await second.reconciles.getJobScheduler(DAILY_RECONCILE_SCHEDULER_ID)).toBeDefined();
    await second.stop();

    for (let restart = 0; restart < 2; restart++) {
      const again = await run();
      expect(await delayedIds(again)).toEqual(timersBefore);
      await again.stop();
    }
    const sentAfter = await reminderIds();
    expect(sentAfter.sort()).toEqual([...sentFirst].sort());
    expect(new Set(sentAfter).size).toBe(sentAfter.length);
  }, 120_000);
});
