import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import Redis from 'ioredis';
import { SqliteEventStore } from '@assocflow/eventstore';
import {
  PROJECTIONS,
  ReadModelReader,
  checkpointKey,
  leaseKey,
  projectAll,
  servedDocument,
  toProjectedEvent,
} from '@assocflow/projections';
import { appendMix } from '../../bench/support/event-mix';
import { startRedis, type RedisProcess } from '../support/redis-process';
import { exited, startWorker, stopWorker } from '../support/worker-process';

const LEASE_MS = 1500;

/** The pid in a lease's `host:pid:nonce:token`, or undefined when free. */
const leaderPid = async (redis: Redis, projection: string): Promise<number | undefined> => {
  const value = await redis.get(leaseKey(`projection:${projection}`));
  return value ? Number(value.split(':')[1]) : undefined;
};

async function until(check: () => Promise<boolean>, what: string, ms = 120_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('two workers share the projections; the leader is killed with SIGKILL', () => {
  let dir: string;
  let redisServer: RedisProcess;
  let redis: Redis;
  const workers: ChildProcess[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'assocflow-leadership-'));
    redisServer = await startRedis();
    redis = new Redis(redisServer.url);
  });
  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
    await redis.quit();
    await redisServer.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("each projection has one leader; the survivor takes over the dead one's and every document equals a clean rebuild", async () => {
    const path = join(dir, 'events.sqlite');
    const store = new SqliteEventStore({ path });
    await appendMix(store, { events: 60_000, tenants: 5, years: 3 });
    const env = {
      SQLITE_PATH: path,
      REDIS_URL: redisServer.url,
      PROJECTION_COMMIT_INTERVAL_MS: '50',
      PROJECTION_LEASE_MS: String(LEASE_MS),
    };
    const a = startWorker(env, { logLevel: 'warn' });
    const b = startWorker(env, { logLevel: 'warn' });
    workers.push(a, b);
    const pids = [a.pid!, b.pid!];

    // Shared: once both are up, each leads some of the seven, and no projection is without a leader.
    const leaders = async () => Promise.all(PROJECTIONS.map((p) => leaderPid(redis, p.name)));
    await until(async () => {
      const now = await leaders();
      return now.every((pid) => pid !== undefined && pids.includes(pid)) && pids.every((pid) => now.filter((l) => l === pid).length >= 3);
    }, 'both workers to lead a share of the projections');

    const victim = (await leaderPid(redis, 'yearly-summary'))!;
    const [dead, survivor] = victim === a.pid ? [a, b] : [b, a];
    dead.kill('SIGKILL');
    await exited(dead);

    // Recorded after the kill: the survivor must project it too.
    await appendMix(store, { events: 5_000, tenants: 5, years: 3, firstYear: 2024 });
    const head = await store.headPosition();
    const reader = new ReadModelReader(redis);
    await until(async () => {
      if ((await leaders()).some((pid) => pid !== survivor.pid)) return false;
      for (const p of PROJECTIONS) {
        const version = await reader.servingVersion(p.name, p.version);
        if (BigInt((await redis.get(checkpointKey(p.name, version))) ?? 0) < head) return false;
      }
      return true;
    }, 'the survivor to lead every projection and catch up with the log');
    await stopWorker(survivor);
    // A stopped worker hands its leases back at once.
    expect(await leaders()).toEqual(PROJECTIONS.map(() => undefined));

    const events = (await store.readAll()).map((e) => toProjectedEvent(e));
    await store.close();
    for (const projection of PROJECTIONS) {
      const version = await reader.servingVersion(projection.name, projection.version);
      const expected = projectAll(projection, events);
      const stored = new Map<string, unknown>();
      for (const key of expected.keys())
        stored.set(key, (await reader.get(projection.name, version, key, projection.rows?.table)).doc ?? null);
      const want = new Map([...expected].map(([key, doc]) => [key, JSON.parse(JSON.stringify(servedDocument(projection, doc, key)))]));
      expect({ projection: projection.name, docs: stored }).toEqual({ projection: projection.name, docs: want });
    }
  }, 300_000);
});
