import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { SqliteEventStore } from '@assocflow/eventstore';
import { checkpointKey, documentKey, projectAll, servedDocument, toProjectedEvent } from '@assocflow/projections';
import { yearlySummaryProjection } from '@assocflow/projections/yearly-summary';
import { appendMix } from '../../bench/support/event-mix';
import { startRedis, type RedisProcess } from '../support/redis-process';

const root = join(__dirname, '../..');
const EVENTS = 100_000;

function startWorker(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['-r', join(root, 'test/support/register-ts.js'), join(root, 'apps/worker/src/main.ts')], {
    cwd: root,
    env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const exited = (child: ChildProcess) => new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(undefined) : child.once('exit', resolve)));

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
    const env = { SQLITE_PATH: path, REDIS_URL: redisServer.url };

    const first = startWorker(env);
    while ((await checkpoint()) < head / 3n) await new Promise((r) => setTimeout(r, 20));
    first.kill('SIGKILL');
    await exited(first);
    const killedAt = await checkpoint();
    expect(killedAt).toBeLessThan(head);

    const second = startWorker(env);
    while ((await checkpoint()) < head) await new Promise((r) => setTimeout(r, 50));
    second.kill('SIGTERM');
    await exited(second);

    const expected = projectAll(yearlySummaryProjection, (await store.readAll()).map((e) => toProjectedEvent(e)));
    await store.close();
    expect(expected.size).toBeGreaterThan(0);
    for (const [key, doc] of expected) {
      const stored = await redis.get(documentKey(name, version, key));
      expect({ key, doc: JSON.parse(stored ?? 'null') }).toEqual({ key, doc: JSON.parse(JSON.stringify(servedDocument(yearlySummaryProjection, doc, key))) });
    }
  }, 240_000);
});
