// Must stay the first import: resolves the @assocflow/* aliases in the compiled code.
import '../../libs/platform/src/module-aliases';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { SqliteEventStore } from '@assocflow/eventstore';
import { PROJECTIONS, activeVersionKey, checkpointKey } from '@assocflow/projections';
import { appendMix, eventMix } from '../support/event-mix';
import { measureReadFloor } from '../support/read-floor';
import { startRedis } from '../support/redis-process';
import { fmt, printResult, progress, ratio, throttledProgress } from '../support/result';

/**
 * The worker as it starts in production, on a log of BENCH_EVENTS (default 1,000,000) events of
 * the realistic mix and an empty Redis: the compiled worker in its own process, until every
 * projection serves at lag 0. Against the read floor measured in the same run (readAll from 0 in
 * pages of 5,000, without projecting). Prints, per projection, the events it handles and the log's
 * events per second until it caught up (all of them run at once, as in production); and the worker's peak RSS (VmHWM, sampled from /proc).
 *
 * BENCH_WORKER_LOG=log passes the worker's log through.
 * BENCH_WORKER_NODE_ARGS='--cpu-prof --cpu-prof-dir=DIR' passes node options to the worker (to profile it).
 * BENCH_LOG=<file> keeps the log there and reuses it on the next run (it must have been made with the same BENCH_EVENTS).
 *
 * Aims (issue 13): every projection at least 100,000 events/s, all of them caught up within 4x
 * the read floor, peak RSS under 400 MB.
 */
async function main(): Promise<void> {
  const events = Number(process.env.BENCH_EVENTS ?? 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'assocflow-bench-worker-'));
  const redisServer = await startRedis({ appendonly: false });
  const redis = new Redis(redisServer.url);
  // BENCH_LOG keeps the log between runs (appending 1M events takes about a minute): reused when it is there.
  const path = process.env.BENCH_LOG ?? join(dir, 'events.sqlite');
  const reuse = process.env.BENCH_LOG !== undefined && existsSync(path);
  const store = new SqliteEventStore({ path });
  try {
    if (reuse) progress(`reusing the log at ${path}`);
    else {
      progress(`appending ${fmt(events)} events (50 tenants, 5 years)`);
      await appendMix(store, { events, tenants: 50, years: 5 }, throttledProgress('append', events));
    }
    const byType = new Map<string, number>();
    for (const { event } of eventMix({ events, tenants: 50, years: 5 })) byType.set(event.type, (byType.get(event.type) ?? 0) + 1);
    const head = await store.headPosition();

    const { events: read, ms: readFloorMs } = await measureReadFloor(store);
    await store.close();

    progress('worker: started on the log with an empty Redis, until every projection serves at lag 0');
    // BENCH_WORKER_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' profiles the worker (NODE_OPTIONS may not carry --cpu-prof).
    const nodeArgs = (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const worker = spawn(process.execPath, [...nodeArgs, join(__dirname, '../../apps/worker/src/main.js')], {
      // BENCH_WORKER_LOG=log shows the worker's own log (its progress lines) on stderr.
      env: {
        ...process.env,
        SQLITE_PATH: path,
        REDIS_URL: redisServer.url,
        LOG_LEVEL: process.env.BENCH_WORKER_LOG ?? 'warn',
        WEBHOOK_SECRET_KEY: 'b'.repeat(64),
      },
      stdio: ['ignore', process.env.BENCH_WORKER_LOG ? 2 : 'ignore', 'inherit'],
    });
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    process.once('exit', () => worker.exitCode === null && worker.kill('SIGKILL'));
    const t = Date.now();
    const caughtUpMs = new Map<string, number>();
    let peakRssMb = 0;
    while (caughtUpMs.size < PROJECTIONS.length) {
      if (worker.exitCode !== null) throw new Error(`the worker exited with code ${worker.exitCode}`);
      peakRssMb = Math.max(peakRssMb, rssMb(worker.pid!).peak);
      for (const p of PROJECTIONS) {
        if (caughtUpMs.has(p.name)) continue;
        const active = await redis.get(activeVersionKey(p.name));
        const checkpoint = active ? BigInt((await redis.get(checkpointKey(p.name, Number(active)))) ?? 0) : 0n;
        if (active && checkpoint >= head) {
          caughtUpMs.set(p.name, Date.now() - t);
          progress(`  ${p.name} caught up after ${((Date.now() - t) / 1000).toFixed(1)} s`);
        }
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    const allCaughtUpMs = Date.now() - t;
    // Live after the catch-up: the RSS it settles at.
    await new Promise((r) => setTimeout(r, 2000));
    const settled = rssMb(worker.pid!);
    peakRssMb = Math.max(peakRssMb, settled.peak);
    worker.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (worker.exitCode === null) worker.kill('SIGKILL');

    const rows = PROJECTIONS.map((p) => {
      const handled = p.handles.reduce((n, type) => n + (byType.get(type) ?? 0), 0);
      const ms = caughtUpMs.get(p.name)!;
      // Through the log: a projection that handles a few types still reads past every other event.
      return { name: p.name, handled, ms, perSecond: (read * 1000) / ms };
    });
    process.stdout.write(`\n${'projection'.padEnd(18)} ${'handles'.padStart(10)} ${'caught up'.padStart(10)} ${'events/s'.padStart(12)}\n`);
    for (const r of rows)
      process.stdout.write(
        `${r.name.padEnd(18)} ${fmt(r.handled).padStart(10)} ${`${(r.ms / 1000).toFixed(1)} s`.padStart(10)} ${fmt(r.perSecond).padStart(12)}\n`,
      );
    const slowest = rows.reduce((a, b) => (b.perSecond < a.perSecond ? b : a));
    process.stdout.write(
      `\nall caught up ${(allCaughtUpMs / 1000).toFixed(1)} s; read floor ${(readFloorMs / 1000).toFixed(1)} s (${fmt((read * 1000) / readFloorMs)} events/s); ` +
        `${ratio(allCaughtUpMs, readFloorMs).toFixed(1)}x the floor (aim: within 4x)\n` +
        `slowest ${slowest.name} ${fmt(slowest.perSecond)} events/s (aim: at least 100,000)\n` +
        `worker peak RSS ${peakRssMb.toFixed(0)} MB, ${settled.now.toFixed(0)} MB once live (${settled.anon.toFixed(0)} MB anonymous, ${settled.file.toFixed(0)} MB file pages) (aim: under 400 MB)\n`,
    );
    printResult({
      events,
      allCaughtUpMs,
      readFloorMs,
      floorRatioX100: ratio(allCaughtUpMs, readFloorMs) * 100,
      peakRssMb: Math.round(peakRssMb),
      slowestEventsPerSec: Math.round(slowest.perSecond),
      ...Object.fromEntries(rows.map((r) => [`${camel(r.name)}EventsPerSec`, r.perSecond])),
    });
  } finally {
    await redis.quit().catch(() => undefined);
    await redisServer.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** The process's resident set now and at its highest (VmRSS, VmHWM), in MB. */
function rssMb(pid: number): { now: number; peak: number; anon: number; file: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { now: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024, anon: kb('RssAnon') / 1024, file: kb('RssFile') / 1024 };
  } catch {
    return { now: 0, peak: 0, anon: 0, file: 0 };
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
