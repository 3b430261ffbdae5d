// Must stay the first import: resolves the @assocflow/* aliases in the compiled code.
import '../../libs/platform/src/module-aliases';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { SqliteEventStore } from '@assocflow/eventstore';
import { issueApiKey } from '@assocflow/commanding';
import { documentKey, rebuildProjection, ReadModelReader } from '@assocflow/projections';
import { yearlySummaryProjection } from '@assocflow/projections/yearly-summary';
import { appendMix } from '../support/event-mix';
import { measureReadFloor } from '../support/read-floor';
import { freePort, startRedis } from '../support/redis-process';
import { load, startServerProcess, type LoadResult } from '../support/http-load';
import { fmt, printResult, progress, ratio, throttledProgress } from '../support/result';

/**
 * Rebuild of the yearly summary from a SQLite log of a realistic mix, against the read floor
 * (reading the same events without projecting), in one run. BENCH_EVENTS (default 1,000,000),
 * 50 tenants over 5 years as the issue asks. Then GET /summaries/:year under load (autocannon,
 * 64 connections, the api in its own process) against a bare node:http server answering with
 * one Redis GET of the same document (BENCH_GET_SECONDS each, default 10).
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

    const { events: read, ms: floorMs } = await measureReadFloor(store);
    const readFloor = (read * 1000) / floorMs;

    progress('rebuild: yearly-summary through the runner into Redis');
    const rebuilt = throttledProgress('rebuild', read);
    const t = Date.now();
    const result = await rebuildProjection(store, redis, yearlySummaryProjection, {
      batchSize: 5000,
      onProgress: (p) => rebuilt(p.events),
    });
    const rebuild = (result.events * 1000) / (Date.now() - t);

    process.stdout.write(
      `\nrebuild   ${fmt(rebuild)} events/s\nreadFloor ${fmt(readFloor)} events/s\nfloor/rebuild ${ratio(readFloor, rebuild).toFixed(1)}x (aim: within 2x, and at least 150,000 events/s)\n`,
    );

    const seconds = Number(process.env.BENCH_GET_SECONDS ?? 10);
    const { summary, bare } = await getLatency(store, redis, redisServer.url, join(dir, 'events.sqlite'), seconds);
    const row = (name: string, r: LoadResult) =>
      `${name.padEnd(34)} p50 ${r.p50Ms.toFixed(1).padStart(5)} ms  p99 ${r.p99Ms.toFixed(1).padStart(5)} ms  ${fmt(r.rps).padStart(7)} req/s  (${fmt(r.requests)} requests, ${r.non2xx} non-2xx, ${r.errors} errors)\n`;
    process.stdout.write(`\nGET under load: 64 connections, ${seconds} s each\n`);
    process.stdout.write(row('api GET /summaries/:year', summary));
    process.stdout.write(row('baseline: bare http + Redis GET', bare));
    process.stdout.write(`api/baseline requests/s ${ratio(summary.rps, bare.rps).toFixed(2)}x (aim: p99 under 10 ms)\n`);
    printResult({
      rebuildEventsPerSec: Math.round(rebuild),
      readFloorEventsPerSec: Math.round(readFloor),
      summaryP50Ms: summary.p50Ms,
      summaryP99Ms: summary.p99Ms,
      summaryRps: Math.round(summary.rps),
      baselineP99Ms: bare.p99Ms,
      baselineRps: Math.round(bare.rps),
    });
  } finally {
    await store.close();
    await redis.quit();
    await redisServer.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** GET /v1/orgs/t0/summaries/2023 through the api (own process) and the bare baseline, one after the other. */
async function getLatency(
  store: SqliteEventStore,
  redis: Redis,
  redisUrl: string,
  sqlitePath: string,
  seconds: number,
): Promise<{ summary: LoadResult; bare: LoadResult }> {
  const { token } = await issueApiKey(store, 't0', 'reader', { actor: 'bench', today: '2026-01-01' });
  const env = {
    SQLITE_PATH: sqlitePath,
    REDIS_URL: redisUrl,
    RATE_LIMIT_PER_SECOND: '100000000',
    LOG_LEVEL: 'error',
    ...(process.env.BENCH_API_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_API_NODE_OPTIONS } : {}),
  };
  const apiPort = await freePort();
  progress(`GET latency: api on port ${apiPort}, ${seconds} s at 64 connections`);
  const api = await startServerProcess(join(__dirname, '..', '..', 'apps', 'api', 'src', 'main.js'), env, apiPort);
  let summary: LoadResult;
  try {
    const url = `http://127.0.0.1:${apiPort}/v1/orgs/t0/summaries/2023`;
    await load(url, { connections: 8, seconds: 2, headers: { authorization: `Bearer ${token}` } }); // warm-up
    summary = await load(url, { connections: 64, seconds, headers: { authorization: `Bearer ${token}` } });
  } finally {
    await api.stop();
  }
  const version = await new ReadModelReader(redis).servingVersion(yearlySummaryProjection.name, yearlySummaryProjection.version);
  const barePort = await freePort();
  progress(`GET latency: bare baseline on port ${barePort}`);
  const bareServer = await startServerProcess(
    join(__dirname, 'bare-read-server.js'),
    { REDIS_URL: redisUrl, DOC_KEY: documentKey(yearlySummaryProjection.name, version, 't0/2023') },
    barePort,
  );
  try {
    const url = `http://127.0.0.1:${barePort}/`;
    await load(url, { connections: 8, seconds: 2 });
    return { summary, bare: await load(url, { connections: 64, seconds }) };
  } finally {
    await bareServer.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
