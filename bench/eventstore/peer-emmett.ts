import { getSQLiteEventStore, readMessagesBatch, sqliteConnection, type SQLiteEventStore } from '@event-driven-io/emmett-sqlite';
import sqlite3 from 'sqlite3';
import { fmt, measure, progress, throttledProgress, type Measurement } from '../support/result';
import type { BenchConfig, FileOf } from './config';
import { batches, callerPlans, subset, type BenchEvent, type Workload } from './workload';

/**
 * The peer: @event-driven-io/emmett-sqlite 0.38.5 (node-sqlite3). For a file database its store
 * opens a connection per call (`PRAGMA journal_mode = WAL`, nothing else) and closes it after;
 * it has no option for synchronous, which so stays at SQLite's default (see peerDurability).
 * Emmett's stream version counts events (0n = no stream), so our revision r is its version r.
 */
type PeerEvent = { type: string; data: Record<string, unknown>; metadata: Record<string, unknown> };

export interface PeerStats {
  /** Appends tried again after SQLITE_BUSY (see appendWithRetry). */
  retries: number;
}

const toPeer = (e: BenchEvent): PeerEvent => ({
  type: e.type,
  data: e.data,
  // messageId overrides the random one emmett would generate, so ids match ours.
  metadata: { messageId: e.id, ...e.metadata },
});

/** A peer store on a new file, switched to WAL before the store's first connection. */
export async function openPeer(path: string): Promise<SQLiteEventStore> {
  const conn = sqliteConnection({ fileName: path });
  try {
    await conn.querySingle('PRAGMA journal_mode = WAL');
  } finally {
    conn.close();
  }
  return getSQLiteEventStore({ fileName: path });
}

/**
 * Every connection emmett opens fires `PRAGMA journal_mode = WAL` with no callback, and
 * node-sqlite3 may run it while that connection's next statement has begun a transaction:
 * "SQLITE_ERROR: cannot change into wal mode from within a transaction", emitted as an
 * unhandled 'error' event, i.e. an uncaught exception that kills the process. The file is in
 * WAL mode already (openPeer), so that one error is harmless: count it, let anything else fail.
 */
export function toleratePeerWalPragmaRace(): { ignored(): number; restore(): void } {
  let ignored = 0;
  const handler = (error: Error & { code?: string }) => {
    if (error?.code === 'SQLITE_ERROR' && /cannot change into wal mode/.test(error.message)) {
      ignored++;
      return;
    }
    process.stderr.write(`uncaught: ${error?.stack ?? String(error)}\n`);
    process.exit(1);
  };
  process.on('uncaughtException', handler);
  return { ignored: () => ignored, restore: () => process.off('uncaughtException', handler) };
}

/** The journal mode and synchronous level of a connection made like the peer's. */
export async function peerDurability(path: string): Promise<{ journalMode: string; synchronous: string }> {
  const conn = sqliteConnection({ fileName: path });
  try {
    const j = await conn.querySingle<{ journal_mode: string }>('PRAGMA journal_mode');
    const s = await conn.querySingle<{ synchronous: number }>('PRAGMA synchronous');
    const levels = ['OFF', 'NORMAL', 'FULL', 'EXTRA'];
    return { journalMode: String(j?.journal_mode), synchronous: levels[s?.synchronous ?? -1] ?? String(s?.synchronous) };
  } finally {
    conn.close();
  }
}

/**
 * Even one call at a time, emmett-sqlite now and then fails a commit with "SQLITE_BUSY: cannot
 * commit transaction - SQL statements in progress" (its INSERT/UPDATE ... RETURNING goes through
 * node-sqlite3's db.get, whose statement is finalized asynchronously). The transaction is rolled
 * back, so the same append (same expected version) is tried again; retries are counted.
 */
async function appendWithRetry(
  store: SQLiteEventStore,
  stream: string,
  events: PeerEvent[],
  version: bigint,
  stats: PeerStats,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await store.appendToStream(stream, events, { expectedStreamVersion: version });
      return;
    } catch (error) {
      if (attempt >= 10 || (error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
      stats.retries++;
    }
  }
}

/**
 * Each of plans.length callers appends its events one per call, awaiting each. With
 * `serialize`, the calls go through a one-at-a-time queue: emmett-sqlite 0.38.5 cannot take
 * concurrent appends on a file database (one store shares a connection that each call closes
 * when done -> SQLITE_MISUSE "Database is closed" and SQLITE_BUSY; one store per caller gets
 * SQLITE_BUSY and stalls), so a queue is what an application has to put in front of it.
 */
export async function peerAppendConcurrent(
  store: SQLiteEventStore,
  w: Workload,
  plans: BenchEvent[][],
  serialize: boolean,
  stats: PeerStats,
  onProgress?: (done: number) => void,
): Promise<void> {
  let done = 0;
  let queue: Promise<unknown> = Promise.resolve();
  const append = (e: BenchEvent) => appendWithRetry(store, w.streams[e.stream], [toPeer(e)], BigInt(e.revision), stats);
  const run = serialize
    ? (e: BenchEvent) => {
        const next = queue.then(() => append(e));
        queue = next.catch(() => undefined);
        return next;
      }
    : append;
  await Promise.all(
    plans.map(async (plan) => {
      for (const e of plan) {
        await run(e);
        if (++done % 500 === 0) onProgress?.(done);
      }
    }),
  );
}

export async function peerAppendBatches(
  store: SQLiteEventStore,
  w: Workload,
  appends: BenchEvent[][],
  stats: PeerStats,
  onProgress?: (done: number) => void,
): Promise<void> {
  let done = 0;
  for (const batch of appends) {
    await appendWithRetry(store, w.streams[batch[0].stream], batch.map(toPeer), BigInt(batch[0].revision), stats);
    done += batch.length;
    onProgress?.(done);
  }
}

/**
 * Emmett's $all equivalent: readMessagesBatch (what its consumers' message puller uses), by
 * global position, pages of `pageSize`. The store itself has no read-all method.
 */
export async function peerReadAll(path: string, pageSize: number): Promise<number> {
  const conn = sqliteConnection({ fileName: path });
  try {
    let after = 0n;
    let count = 0;
    for (;;) {
      const page = await readMessagesBatch(conn, { after, batchSize: pageSize });
      if (page.messages.length === 0) break;
      count += page.messages.length;
      after = page.currentGlobalPosition;
      if (!page.areEventsLeft) break;
    }
    return count;
  } finally {
    conn.close();
  }
}

type PeerFigure = 'peerAppendConcurrent1' | 'peerAppendBatch100' | 'peerReadAll';

export async function runPeer(w: Workload, file: FileOf, c: BenchConfig): Promise<Record<PeerFigure, Measurement>> {
  const race = toleratePeerWalPragmaRace();
  try {
    return await phases(w, file, c);
  } finally {
    const n = race.ignored();
    race.restore();
    if (n) progress(`peer: ignored ${n} "cannot change into wal mode" error(s) of emmett's own PRAGMA (see peer-emmett.ts)`);
  }
}

async function phases(w: Workload, file: FileOf, c: BenchConfig): Promise<Record<PeerFigure, Measurement>> {
  const durability = await peerDurability(file('peer-probe'));
  const how = `${durability.journalMode.toUpperCase()}+${durability.synchronous}`;
  progress(
    `peer: emmett-sqlite 0.38.5 on node-sqlite3 (SQLite ${sqlite3.VERSION}), ${how}: its default, it has no setting for synchronous`,
  );
  const retried = (s: PeerStats) => (s.retries ? `, ${s.retries} retried after SQLITE_BUSY` : '');

  const conc = subset(w, c.peerConcurrentEvents);
  const concStats: PeerStats = { retries: 0 };
  const n1 = conc.events.length;
  progress(
    `peerAppendConcurrent1: ${fmt(n1)} events, ${c.callers} callers, ` +
      (c.peerUnserialized ? 'unserialized (expect errors)' : 'through a one-at-a-time queue (concurrent appends fail)'),
  );
  const concStore = await openPeer(file('peer-concurrent'));
  const plans = callerPlans(conc, c.callers);
  const peerAppendConcurrent1 = await measure('peerAppendConcurrent1', n1, () =>
    peerAppendConcurrent(concStore, conc, plans, !c.peerUnserialized, concStats, throttledProgress('peerAppendConcurrent1', n1)),
  );
  peerAppendConcurrent1.note = `${c.callers} callers${c.peerUnserialized ? '' : ' via a 1-at-a-time queue'}, ${how}${retried(concStats)}`;

  const bw = subset(w, c.peerEvents);
  const appends = batches(bw, c.batch);
  const batchStats: PeerStats = { retries: 0 };
  const n2 = bw.events.length;
  progress(`peerAppendBatch100: ${fmt(n2)} events in ${fmt(appends.length)} sequential appends`);
  const batchStore = await openPeer(file('peer-batch'));
  const peerAppendBatch100 = await measure('peerAppendBatch100', n2, () =>
    peerAppendBatches(batchStore, bw, appends, batchStats, throttledProgress('peerAppendBatch100', n2)),
  );
  peerAppendBatch100.note = `${fmt(appends.length)} appends of ${(n2 / appends.length).toFixed(0)}, ${how}${retried(batchStats)}`;

  progress(`peerReadAll: readMessagesBatch by ${c.page} over the peerAppendBatch100 file`);
  let seen = 0;
  const peerReadAll_ = await measure(
    'peerReadAll',
    n2,
    async () => {
      seen = await peerReadAll(file('peer-batch'), c.page);
    },
    `readMessagesBatch (emmett's $all read), pages of ${c.page}`,
  );
  if (seen !== n2) throw new Error(`peerReadAll saw ${seen} events, expected ${n2}`);
  return { peerAppendConcurrent1, peerAppendBatch100, peerReadAll: peerReadAll_ };
}
