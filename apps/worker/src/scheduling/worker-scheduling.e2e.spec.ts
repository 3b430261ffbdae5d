import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { SqliteEventStore, type EventStore } from '@assocflow/eventstore';
import { addDays, localDateOf, TIMER_QUEUE } from '@assocflow/scheduling';
import { startRedis, type RedisProcess } from '../../../../test/support/redis-process';
import { startWorker } from '../../../../test/support/worker-process';

const T = 'wsched';

async function append(store: EventStore, streamId: string, type: string, data: Record<string, unknown>): Promise<void> {
  const existing = await store.readStream(streamId);
  await store.append(
    streamId,
    [{ id: randomUUID(), type, data, metadata: { tenant: T, actor: 'test', schemaVersion: 1, occurredAt: data.occurredOn } }],
    {
      expectedRevision: existing.length ? existing[existing.length - 1].revision : 'no_stream',
    },
  );
}

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the worker runs the timers', () => {
  let dir: string;
  let redisServer: RedisProcess;
  let redis: Redis;
  let store: SqliteEventStore;
  let worker: ChildProcess | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'assocflow-worker-sched-'));
    redisServer = await startRedis();
    redis = new Redis(redisServer.url);
    store = new SqliteEventStore({ path: join(dir, 'events.sqlite') });
  });
  afterAll(async () => {
    if (worker && worker.exitCode === null) worker.kill('SIGKILL');
    await store.close();
    await redis.quit();
    await redisServer.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('records what is due at start, reconciles after an event, and closes its queues on SIGTERM', async () => {
    const today = localDateOf(new Date(), 'Asia/Shanghai');
    const overdueOn = addDays(today, -20);
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
      term: { number: 1, startedOn: addDays(overdueOn, -1500), endsOn: overdueOn },
      hasPartyGroup: false,
      leadership: [],
    });

    worker = startWorker(
      { SQLITE_PATH: join(dir, 'events.sqlite'), REDIS_URL: redisServer.url },
      { logLevel: 'log', stdout: 'pipe', stderr: 'pipe' },
    );
    let output = '';
    worker.stdout!.on('data', (chunk) => (output += chunk));
    worker.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      worker!.once('exit', (code, signal) => resolve({ code, signal })),
    );

    // Overdue by 20 days: the escalation of day 14 was owed and goes out once; the one of day 21 waits.
    const escalated = `reminder-${T}.branch-renewal-escalation.branch.rehab.${addDays(overdueOn, 14)}`;
    await until('the owed escalation', async () => (await store.readStream(escalated)).length === 1);
    const next = `${T}.branch-renewal-escalation.branch.rehab.${addDays(overdueOn, 21)}`;
    const delayed = () => redis.zrange(`bull:${TIMER_QUEUE}:delayed`, '0', '-1');
    await until('the next escalation as a delayed job', async () => (await delayed()).includes(next));

    // Renewed: the next escalation is removed and the new term's timers take its place.
    await append(store, `branch-${T}.rehab`, 'BranchTermRenewed', {
      occurredOn: today,
      branchId: 'rehab',
      term: { number: 2, startedOn: today, endsOn: addDays(today, 1826) },
      leadership: [],
    });
    await until('the reconciliation after the renewal', async () => {
      const ids = await delayed();
      return !ids.includes(next) && ids.includes(`${T}.branch-renewal-180d.branch.rehab.${addDays(today, 1826)}`);
    });

    worker.kill('SIGTERM');
    // Nest closes the application, then raises the signal again to exit with it.
    expect(['0', 'SIGTERM']).toContain(String((await exited).code ?? (await exited).signal));
    expect(output).toMatch(/scheduling stopped: BullMQ workers and queues closed/);
    expect(output.indexOf('scheduling stopped')).toBeLessThan(output.indexOf('event store closed'));
    expect((await store.readStream(escalated)).length).toBe(1);
  }, 90_000);
});
