import { randomUUID } from 'node:crypto';
import { Queue, QueueEvents, Worker } from 'bullmq';
import { MemoryEventStore, type EventStore } from '@assocflow/eventstore';
import { FixedClock } from './clock';
import { reconcileTimers } from './reconcile';
import { Scheduler } from './scheduler';
import { DAILY_RECONCILE_SCHEDULER_ID, RECONCILE_JOB_NAME, TIMER_QUEUE } from './timer-queue';

const T = 'sched';
async function append(store: EventStore, streamId: string, type: string, data: Record<string, unknown>): Promise<bigint> {
  const existing = await store.readStream(streamId);
  const { position } = await store.append(
    streamId,
    [{ id: randomUUID(), type, data, metadata: { tenant: T, schemaVersion: 1, occurredAt: data.occurredOn } }],
    {
      expectedRevision: existing.length ? existing[existing.length - 1].revision : 'no_stream',
    },
  );
  return position;
}

describe('Scheduler (real Redis, in-memory store, injected clock)', () => {
  const url = process.env.REDIS_URL!;
  let prefix: string;
  let store: MemoryEventStore;
  let scheduler: Scheduler;
  const clock = new FixedClock('2026-01-01T00:00:00Z');
  beforeEach(async () => {
    prefix = `sched-${randomUUID().slice(0, 8)}`;
    store = new MemoryEventStore();
    await append(store, `organization-${T}.profile`, 'OrganizationRegistered', {
      occurredOn: '2020-01-01',
      name: T,
      kind: 'association',
      timeZone: 'Asia/Shanghai',
    });
    await append(store, `branch-${T}.rehab`, 'BranchRegistered', {
      occurredOn: '2020-01-01',
      branchId: 'rehab',
      name: '康复分会',
      kind: 'society',
      term: { number: 1, startedOn: '2022-06-01', endsOn: '2027-06-01' },
      hasPartyGroup: false,
      leadership: [],
    });
    scheduler = new Scheduler({ store, redisUrl: url, clock, prefix, debounceMs: 10, runWorkers: false });
  });
  afterEach(async () => {
    await scheduler.stop();
    for (const q of [scheduler.timers.name, scheduler.reconciles.name]) {
      const queue = new Queue(q, { connection: { url }, prefix });
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });

  it('at start reconciles every tenant and upserts one daily reconciliation job scheduler, the same on every start', async () => {
    const result = await scheduler.start();
    expect(result.added).toBe(7); // 4 renewal reminders, the first escalation, the yearly report's two reminders
    const daily = await scheduler.reconciles.getJobScheduler(DAILY_RECONCILE_SCHEDULER_ID);
    expect(daily).toMatchObject({ pattern: '0 10 0 * * *', tz: 'Asia/Shanghai' });
    await scheduler.stop();
    scheduler = new Scheduler({ store, redisUrl: url, clock, prefix, runWorkers: false });
    expect(await scheduler.start()).toMatchObject({ added: 0, removed: 0, kept: 7 });
    expect(await scheduler.reconciles.getJobSchedulersCount()).toBe(1);
  });

  it('an event reconciles its tenant: a postponement replaces the timers of the old due date', async () => {
    await scheduler.start();
    const at = await append(store, `branch-${T}.rehab`, 'BranchRenewalPostponed', {
      occurredOn: '2025-12-30',
      branchId: 'rehab',
      approvalRef: '批复',
      previousDueOn: '2027-06-01',
      newDueOn: '2028-03-01',
    });
    await scheduler.tracker.reached(at);
    await scheduler.idle();
    const ids = await scheduler.timers.getRanges(['delayed'], 0, -1);
    expect(ids.filter((id) => id.includes('.branch.rehab.')).sort()).toEqual([
      'sched.branch-renewal-0d.branch.rehab.2028-03-01',
      'sched.branch-renewal-180d.branch.rehab.2028-03-01',
      'sched.branch-renewal-30d.branch.rehab.2028-03-01',
      'sched.branch-renewal-90d.branch.rehab.2028-03-01',
      'sched.branch-renewal-escalation.branch.rehab.2028-03-08',
    ]);
  });

  it('a reconciliation job reports its progress; a timer that failed for good is kept with its reason and retried while still owed', async () => {
    const worker = new Scheduler({ store, redisUrl: url, clock, prefix });
    await worker.start();
    const events = new QueueEvents(worker.reconciles.name, { connection: { url }, prefix });
    await events.waitUntilReady();
    try {
      const job = await worker.reconciles.add(RECONCILE_JOB_NAME, {});
      expect(await job.waitUntilFinished(events, 20_000)).toMatchObject({ kept: 7 });
      expect((await worker.reconciles.getJob(job.id!))?.progress).toBe(100);
    } finally {
      await events.close();
      await worker.stop();
    }

    const timers = new Queue(TIMER_QUEUE, { connection: { url }, prefix });
    const id = 'sched.branch-renewal-90d.branch.rehab.2027-06-01';
    await timers.remove(id);
    await timers.add('reminder', { tenant: T }, { jobId: id, attempts: 1, removeOnFail: { count: 10 } });
    const failing = new Worker(
      TIMER_QUEUE,
      async () => {
        throw new Error('smtp away');
      },
      { connection: { url, maxRetriesPerRequest: null }, prefix },
    );
    const failed = await new Promise<string>((resolve) => failing.once('failed', (job) => resolve(job!.id!)));
    await failing.close();
    expect(failed).toBe(id);
    expect((await timers.getJob(id))?.failedReason).toBe('smtp away');
    const desired = scheduler.desiredFor(T);
    await scheduler.tracker.start();
    const result = await reconcileTimers(timers, scheduler.desiredFor(T), { now: clock.now() });
    expect(desired).toEqual([]);
    expect(result).toMatchObject({ retried: 1, added: 0 });
    expect(await (await timers.getJob(id))?.getState()).not.toBe('failed');
    await timers.close();
  });
});
