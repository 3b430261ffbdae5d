import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import type { reminder } from '@assocflow/domain';
import { SqliteEventStore, type EventStore } from '@assocflow/eventstore';
import { FixedClock } from './clock';
import { Scheduler } from './scheduler';

const T = 'backdated';
/** As handleCommand stores it: recorded now, whatever day it happened. */
async function record(store: EventStore, streamId: string, type: string, data: Record<string, unknown>): Promise<void> {
  const existing = await store.readStream(streamId);
  await store.append(
    streamId,
    [
      {
        id: randomUUID(),
        type,
        data,
        metadata: { tenant: T, schemaVersion: 1, occurredAt: data.occurredOn, recordedAt: new Date().toISOString() },
      },
    ],
    {
      expectedRevision: existing.length ? existing[existing.length - 1].revision : 'no_stream',
    },
  );
}
const branchOf = (id: string, startedOn: string, endsOn: string) => ({
  occurredOn: startedOn,
  branchId: id,
  name: `${id}分会`,
  kind: 'society',
  term: { number: 1, startedOn, endsOn },
  hasPartyGroup: false,
  leadership: [],
});
const sentReminders = async (store: EventStore) =>
  (await store.readAll()).filter((e) => e.type === 'ReminderSent').map((e) => e.data as reminder.ReminderSent['data']);

async function until<T>(probe: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('a past year entered today (SQLite on disk, real Redis, timer workers running)', () => {
  const url = process.env.REDIS_URL!;
  let dir: string;
  let store: SqliteEventStore;
  let prefix: string;
  let scheduler: Scheduler | undefined;
  // Two minutes ahead of the wall clock: the digest's quiet minute after the recording has passed.
  const clock = new FixedClock(new Date(Date.now() + 120_000).toISOString());
  const start = async () => {
    scheduler = new Scheduler({ store, redisUrl: url, clock, prefix, debounceMs: 10 });
    await scheduler.start();
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'catch-up-'));
    store = new SqliteEventStore({ path: join(dir, 'log.sqlite'), pollIntervalMs: 20 });
    prefix = `catchup-${randomUUID().slice(0, 8)}`;
    await record(store, `organization-${T}.profile`, 'OrganizationRegistered', {
      occurredOn: '2018-01-01',
      name: '协会',
      kind: 'association',
      timeZone: 'Asia/Shanghai',
    });
    // Three branches whose terms ended years ago, and a council last held in 2020: all overdue, all entered now.
    await record(store, `branch-${T}.a`, 'BranchRegistered', branchOf('a', '2016-06-01', '2021-06-01'));
    await record(store, `branch-${T}.b`, 'BranchRegistered', branchOf('b', '2018-03-01', '2023-03-01'));
    await record(store, `branch-${T}.c`, 'BranchRegistered', branchOf('c', '2020-09-01', '2025-09-01'));
    await record(store, `meetings-${T}.council-t4`, 'MeetingSeriesDeclared', {
      occurredOn: '2019-01-01',
      body: 'council',
      term: 4,
      membersTotal: 30,
      heldSoFar: 2,
    });
    await record(store, `meetings-${T}.council-t4`, 'MeetingHeld', {
      occurredOn: '2020-05-01',
      body: 'council',
      term: 4,
      meetingId: 'm3',
      ordinal: 3,
      present: 25,
      membersTotal: 30,
      quorumMet: true,
      resolutions: [],
      minutesRecorded: true,
    });
  });
  afterEach(async () => {
    await scheduler?.stop();
    for (const name of ['assocflow-timers', 'assocflow-reconcile']) {
      const queue = new Queue(name, { connection: { url }, prefix });
      await queue.obliterate({ force: true });
      await queue.close();
    }
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends one catch-up digest covering what fell due, nothing on its own, and nothing again after a restart', async () => {
    await start();
    const [digest] = await until(async () => ((await sentReminders(store)).length > 0 ? sentReminders(store) : undefined));
    await new Promise((r) => setTimeout(r, 1_500)); // anything else owed now would have fired by now
    expect(await sentReminders(store)).toEqual([digest]);
    expect(digest).toMatchObject({ rule: 'catch-up-digest', audience: 'secretariat', channels: ['feed', 'webhook', 'email'] });
    expect(digest.covers!.map((c) => [c.entity.kind, c.entity.id, c.rule])).toEqual([
      ['body', 'council', 'meeting-overdue'], // due 2021-05-01, a year after the last council
      ['branch', 'a', 'branch-renewal-escalation'],
      ['branch', 'b', 'branch-renewal-escalation'],
      ['branch', 'c', 'branch-renewal-escalation'],
    ]);

    await scheduler!.stop();
    await start();
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await sentReminders(store)).toEqual([digest]);
    // What is still ahead goes out on its own, in time: next week's escalations, the yearly report.
    const waiting = await scheduler!.timers.getRanges(['delayed'], 0, -1);
    expect(waiting.length).toBeGreaterThan(0);
    expect(scheduler!.desiredFor(T).every((t) => Date.parse(t.fireAt) > clock.now().getTime())).toBe(true);
  }, 40_000);

  it('a second back-dated entry later on gives a second digest, covering only what it brought', async () => {
    await start();
    await until(async () => ((await sentReminders(store)).length > 0 ? true : undefined));
    await record(store, `branch-${T}.d`, 'BranchRegistered', branchOf('d', '2019-01-01', '2024-01-01'));
    const sent = await until(async () => {
      const all = await sentReminders(store);
      return all.length > 1 ? all : undefined;
    });
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await sentReminders(store)).toHaveLength(2);
    expect(sent[1]).toMatchObject({ rule: 'catch-up-digest', covers: [expect.objectContaining({ entity: { kind: 'branch', id: 'd' } })] });
    expect(sent[1].covers).toHaveLength(1);
  }, 40_000);
});
