import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { DEFAULT_BYLAWS } from '@assocflow/domain';
import { desiredTimers } from './desired-timers';
import { reconcileTimers } from './reconcile';
import { scheduleFrom, type AnyEvent } from './testing/schedule-builder';
import { TIMER_QUEUE } from './timer-queue';

const now = new Date('2026-01-01T00:00:00Z');
const branch = (tenant: string, id: string, endsOn: string): [string, AnyEvent] => [
  `branch-${tenant}.${id}`,
  {
    type: 'BranchRegistered',
    data: {
      occurredOn: '2022-01-01',
      branchId: id,
      name: id,
      kind: 'society',
      term: { number: 1, startedOn: '2022-01-01', endsOn },
      hasPartyGroup: false,
      leadership: [],
    },
  },
];
const renewed = (tenant: string, id: string, on: string, endsOn: string): [string, AnyEvent] => [
  `branch-${tenant}.${id}`,
  { type: 'BranchTermRenewed', data: { occurredOn: on, branchId: id, term: { number: 2, startedOn: on, endsOn }, leadership: [] } },
];

describe('reconciliation against a real Redis (BullMQ)', () => {
  let queue: Queue;
  beforeEach(() => {
    queue = new Queue(TIMER_QUEUE, { connection: { url: process.env.REDIS_URL! }, prefix: `test-${randomUUID().slice(0, 8)}` });
  });
  afterEach(async () => {
    await queue.obliterate({ force: true });
    await queue.close();
  });

  const events = [branch('a', 'rehab', '2027-06-01'), branch('a', 'nursing', '2028-03-01'), branch('b', 'rehab', '2027-06-01')];
  const timersOf = (list: [string, AnyEvent][]) =>
    ['a', 'b'].flatMap((t) =>
      desiredTimers(
        scheduleFrom(
          t,
          list.filter(([s]) => s.includes(`-${t}.`)),
        ),
        DEFAULT_BYLAWS,
        now,
      ),
    );

  it("adds one delayed job per timer, with the timer's id and instant; a second run changes nothing", async () => {
    const desired = timersOf(events);
    expect(desired).toHaveLength(15);
    const first = await reconcileTimers(queue, desired, { now });
    expect(first).toEqual({ desired: 15, added: 15, removed: 0, kept: 0, retried: 0 });
    const jobs = await queue.getDelayed(0, -1);
    expect(jobs.map((j) => j.id).sort()).toEqual(desired.map((t) => t.jobId).sort());
    const job = jobs.find((j) => j.id === 'a.branch-renewal-90d.branch.rehab.2027-06-01')!;
    expect(job.timestamp + job.delay).toBeGreaterThanOrEqual(Date.parse('2027-03-03T01:00:00Z') - (Date.now() - now.getTime()) - 5_000);
    expect(job.data).toMatchObject({ rule: 'branch-renewal-90d', fireAt: '2027-03-03T01:00:00.000Z', tenant: 'a' });

    const second = await reconcileTimers(queue, timersOf(events), { now });
    expect(second).toEqual({ desired: 15, added: 0, removed: 0, kept: 15, retried: 0 });
    expect(await queue.getDelayedCount()).toBe(15);
  });

  it('removes the timers no longer due (a renewal) and adds those of the new due date, only for the tenants in scope', async () => {
    await reconcileTimers(queue, timersOf(events), { now });
    const after = [...events, renewed('a', 'rehab', '2025-12-20', '2030-12-20'), renewed('b', 'rehab', '2025-12-20', '2030-12-20')];
    const onlyA = desiredTimers(
      scheduleFrom(
        'a',
        after.filter(([s]) => s.includes('-a.')),
      ),
      DEFAULT_BYLAWS,
      now,
    );
    const progress: number[] = [];
    const result = await reconcileTimers(queue, onlyA, { now, tenants: new Set(['a']), onProgress: (p) => progress.push(p) });
    expect(result).toMatchObject({ added: 5, removed: 5, kept: 5 });
    expect(progress[progress.length - 1]).toBe(1);
    const ids = await queue.getRanges(['delayed'], 0, -1);
    expect(ids.filter((id) => id.startsWith('a.')).sort()).toEqual(onlyA.map((t) => t.jobId).sort());
    expect(ids.filter((id) => id.startsWith('b.'))).toHaveLength(5);
    expect(ids).not.toContain('a.branch-renewal-escalation.branch.rehab.2027-06-08');
    expect(ids).toContain('a.branch-renewal-180d.branch.rehab.2030-12-20');
  });

  it('adds nothing twice when two reconciliations run at once', async () => {
    const desired = timersOf(events);
    const [x, y] = await Promise.all([reconcileTimers(queue, desired, { now }), reconcileTimers(queue, desired, { now })]);
    expect(x.added + y.added).toBeGreaterThanOrEqual(15);
    expect(await queue.getDelayedCount()).toBe(15);
  });
});
