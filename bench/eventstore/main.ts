import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { printResult, progress, type Measurement } from '../support/result';
import { runBare } from './bare-sqlite';
import { benchConfig } from './config';
import { runOurs } from './ours';
import { runPeer } from './peer-emmett';
import { figuresOf, report, type Figure } from './report';
import { makeWorkload } from './workload';

/**
 * `npm run bench:eventstore` (scripts/bench.sh). Every target writes a fresh file in a new temp
 * dir (BENCH_DIR: its parent; BENCH_KEEP=1: keep it). Progress goes to stderr; the table, then
 * `RESULT <json>` as the very last line, to stdout. Counts: see config.ts.
 */
async function main(): Promise<void> {
  const c = benchConfig();
  const dir = mkdtempSync(join(process.env.BENCH_DIR ?? tmpdir(), 'assocflow-bench-es-'));
  const file = (target: string) => join(dir, `${target}.sqlite`);
  const ms = {} as Record<Figure, Measurement>;
  const keep = process.env.BENCH_KEEP === '1';
  // On 'exit' so that the files go even when a phase ends the process.
  if (!keep) process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const probe = new Database(':memory:');
  const version = (probe.prepare('select sqlite_version() AS v').get() as { v: string }).v;
  probe.close();
  progress(`node ${process.version}, better-sqlite3 SQLite ${version}, files in ${dir}${keep ? ' (kept: BENCH_KEEP=1)' : ''}`);
  progress(`generating ${c.events.toLocaleString('en-US')} events over ${c.streams.toLocaleString('en-US')} streams`);
  const w = makeWorkload({ events: c.events, streams: c.streams });
  const bytes = w.events.reduce((n, e) => n + JSON.stringify(e.data).length, 0) / w.events.length;
  progress(`data JSON ${bytes.toFixed(0)} bytes/event on average`);

  Object.assign(ms, await runBare(w, file, c));
  Object.assign(ms, await runOurs(w, file, c));
  // emmett console.logs the errors it rethrows: keep stdout for the report.
  const log = console.log;
  console.log = (...args: unknown[]) => console.error(...args);
  try {
    Object.assign(ms, await runPeer(w, file, c));
  } finally {
    console.log = log;
  }
  const sizes = ['bare-batch', 'ours-batch', 'peer-batch'].map((t) => `${t} ${(statSync(file(t)).size / 1e6).toFixed(1)} MB`);
  progress(`database file sizes: ${sizes.join(', ')}`);
  process.stdout.write(
    `\nEvent store benchmark: ${c.events.toLocaleString('en-US')} events (~300 B JSON data) over ` +
      `${c.streams.toLocaleString('en-US')} streams, WAL + synchronous=FULL, fresh file per target\n\n`,
  );
  process.stdout.write(report(ms));
  printResult(figuresOf(ms));
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
