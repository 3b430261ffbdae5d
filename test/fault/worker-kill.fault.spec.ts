import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { SqliteEventStore } from '@assocflow/eventstore';
import { checkpointKey, documentKey, projectAll, servedDocument, toProjectedEvent } from '@assocflow/projections';
import { yearlySummaryProjection } from '@assocflow/projections/yearly-summary';
import { appendMix } from '../../bench/support/event-mix';
import { startRedis, type RedisProcess } from '../support/redis-process';
import { exited, startWorker } from '../support/worker-process';

const EVENTS = 100_000;

describe('worker killed with SIGKILL in the middle of a projection', () => {
  let dir: string;
  let redisServer: RedisProcess;
  let redis: Redis;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'assocflow-worker-kill-'));
    redisServer = await startRedis();
    redis = new Redis(redisServer.url);
  });
  afterAll(async () => {
    await redis.quit();
    await redisServer.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`resumes after kill -9 during ${EVENTS.toLocaleString('en-US')} events and ends equal to a clean rebuild`, async () => {
    const path = join(dir, 'events.sqlite');
    const store = new SqliteEventStore({ path });
    await appendMix(store, { events: EVENTS, tenants: 5, years: 3 });
    const head = await store.headPosition();
    const { name, version } = yearlySummaryProjection;
    const checkpoint = async () => BigInt((await redis.get(checkpointKey(name, version))) ?? 0);
    // Commits every 50 ms while catching up (1 s by default), so that the kill lands between two of them.
    const env = { SQLITE_PATH: path, REDIS_URL: redisServer.url, PROJECTION_COMMIT_INTERVAL_MS: '50' };

    const first = startWorker(env, { logLevel: 'warn' });
    // Killed as soon as a first batch is committed: the rest of the log is still to be projected.
    while ((await checkpoint()) === 0n) await new Promise((r) => setTimeout(r, 5));
    first.kill('SIGKILL');
    await exited(first);
    const killedAt = await checkpoint();
    expect(killedAt).toBeLessThan(head);

    const second = startWorker(env, { logLevel: 'warn' });
    while ((await checkpoint()) < head) await new Promise((r) => setTimeout(r, 50));
    second.kill('SIGTERM');
    await exited(second);

    const expected = projectAll(
      yearlySummaryProjection,
      (await store.readAll()).map((e) => toProjectedEvent(e)),
    );
    await store.close();
    expect(expected.size).toBeGreaterThan(0);
    for (const [key, doc] of expected) {
      const stored = await redis.get(documentKey(name, version, key));
      expect({ key, doc: JSON.parse(stored ?? 'null') }).toEqual({
        key,
        doc: JSON.parse(JSON.stringify(servedDocument(yearlySummaryProjection, doc, key))),
      });
    }
  }, 240_000);
});
