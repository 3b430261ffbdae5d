import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { SqliteEventStore } from '@assocflow/eventstore';
import { appendMix } from '../../bench/support/event-mix';
import { startRedis, type RedisProcess } from '../support/redis-process';
import { exited, startWorker } from '../support/worker-process';

/** Resolves when a line of the worker's JSON log says `message`. */
const logged = (stdout: Readable, message: string) =>
  new Promise<void>((resolve) => {
    let seen = '';
    stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(message)) resolve();
    });
  });

describe('worker stopped while Redis is away', () => {
  let dir: string;
  let redisServer: RedisProcess;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'assocflow-worker-stop-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shuts down within the 20 s that npm start and docker compose give it, closing the event store', async () => {
    const path = join(dir, 'events.sqlite');
    const store = new SqliteEventStore({ path });
    await appendMix(store, { events: 2_000, tenants: 3, years: 2 });
    await store.close();
    redisServer = await startRedis({ appendonly: false });
    const worker = startWorker({ SQLITE_PATH: path, REDIS_URL: redisServer.url }, { logLevel: 'log', stdout: 'pipe' });
    let log = '';
    worker.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    await logged(worker.stdout!, 'worker running');
    await redisServer.stop();
    await new Promise((r) => setTimeout(r, 1_000));

    const started = Date.now();
    worker.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited(worker), new Promise((r) => (timer = setTimeout(r, 25_000)))]);
    clearTimeout(timer);
    const tookMs = Date.now() - started;
    if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
    // Nest closes the application, then raises the signal again: a graceful stop ends by SIGTERM.
    expect({ exit: worker.exitCode ?? worker.signalCode, withinLimit: tookMs < 20_000 }).toEqual({ exit: 'SIGTERM', withinLimit: true });
    expect(
      log
        .split('\n')
        .filter((l) => !l.includes('ECONNREFUSED'))
        .slice(-6)
        .join('\n'),
    ).toContain('event store closed');
  }, 60_000);
});
