// Must stay the first import: resolves the @assocflow/* aliases in the compiled code.
import '../../libs/platform/src/module-aliases';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { SqliteEventStore } from '@assocflow/eventstore';
import { rebuildProjection } from '@assocflow/projections';
import { yearlySummaryProjection } from '@assocflow/projections/yearly-summary';
import { appendMix } from '../support/event-mix';
import { startRedis } from '../support/redis-process';
import { fmt, printResult, progress, ratio, throttledProgress } from '../support/result';

/**
 * Rebuild of the yearly summary from a SQLite log of a realistic mix, against the read floor
 * (reading the same events without projecting), in one run. BENCH_EVENTS (default 1,000,000),
 * 50 tenants over 5 years as the issue asks. GET latency under load is not measured yet.
 */
async function main(): Promise<void> {
  const events = Number(process.env.BENCH_EVENTS ?? 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'assocflow-bench-proj-'));
  const redisServer = await startRedis({ appendonly: false });
  const redis = new Redis(redisServer.url);
  const store = new SqliteEventStore({ path: join(dir, 'events.sqlite') });
  try {
    progress(`appending ${fmt(events)} events (50 tenants, 5 years)`);
    const appended = throttledProgress('append', events);
    await appendMix(store, { events, tenants: 50, years: 5 }, appended);

    progress('read floor: readAll from 0 in pages of 5,000');
    let t = Date.now();
    let read = 0;
    for (let from = 0n; ; ) {
      const page = await store.readAll({ fromPosition: from, maxCount: 5000 });
      if (page.length === 0) break;
      read += page.length;
      from = page[page.length - 1].position;
    }
    const readFloor = (read * 1000) / (Date.now() - t);

    progress('rebuild: yearly-summary through the runner into Redis');
    const rebuilt = throttledProgress('rebuild', read);
    t = Date.now();
    const result = await rebuildProjection(store, redis, yearlySummaryProjection, { batchSize: 5000, onProgress: (p) => rebuilt(p.events) });
    const rebuild = (result.events * 1000) / (Date.now() - t);

    process.stdout.write(`\nrebuild   ${fmt(rebuild)} events/s\nreadFloor ${fmt(readFloor)} events/s\nfloor/rebuild ${ratio(readFloor, rebuild).toFixed(1)}x (aim: within 2x, and at least 150,000 events/s)\n`);
    printResult({ rebuildEventsPerSec: Math.round(rebuild), readFloorEventsPerSec: Math.round(readFloor) });
  } finally {
    await store.close();
    await redis.quit();
    await redisServer.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
