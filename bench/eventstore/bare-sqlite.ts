import Database from 'better-sqlite3';
import { fmt, measure, progress, throttledProgress, type Measurement } from '../support/result';
import type { BenchConfig, FileOf } from './config';
import { batches, subset, type BenchEvent, type Workload } from './workload';

/**
 * Floors: plain better-sqlite3 inserts into a table shaped like the adapter's (AUTOINCREMENT
 * position, event id unique per stream, UNIQUE (stream, revision): the store's own schema) with the durability it promises
 * (WAL + synchronous=FULL), and no event store logic at all.
 */
function open(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE events (
    position INTEGER PRIMARY KEY AUTOINCREMENT,
    stream_id TEXT NOT NULL, revision INTEGER NOT NULL, id TEXT NOT NULL,
    type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, created TEXT NOT NULL,
    UNIQUE (stream_id, revision), UNIQUE (stream_id, id))`);
  return db;
}

function inserter(db: Database.Database, w: Workload): (e: BenchEvent) => void {
  const stmt = db.prepare('INSERT INTO events (stream_id, revision, id, type, data, metadata, created) VALUES (?, ?, ?, ?, ?, ?, ?)');
  return (e) => {
    stmt.run(w.streams[e.stream], e.revision, e.id, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata), new Date().toISOString());
  };
}

function check(db: Database.Database, expected: number): void {
  const { n } = db.prepare('SELECT count(*) AS n FROM events').get() as { n: number };
  if (n !== expected) throw new Error(`bare sqlite stored ${n} events, expected ${expected}`);
}

/** One INSERT per transaction (autocommit): one WAL fsync per event. */
function commitPerRow(db: Database.Database, w: Workload, onProgress?: (done: number) => void): void {
  const insert = inserter(db, w);
  w.events.forEach((e, i) => {
    insert(e);
    if (i % 500 === 0) onProgress?.(i);
  });
}

/** The same appends as appendBatch100 (`size` events of one stream), one transaction each. */
function batched(db: Database.Database, w: Workload, size: number): void {
  const insert = inserter(db, w);
  const tx = db.transaction((slice: BenchEvent[]) => slice.forEach(insert));
  for (const batch of batches(w, size)) tx(batch);
}

async function timed(name: string, path: string, w: Workload, fill: (db: Database.Database) => void, note: string): Promise<Measurement> {
  const db = open(path);
  try {
    const m = await measure(name, w.events.length, () => fill(db), note);
    check(db, w.events.length);
    return m;
  } finally {
    db.close();
  }
}

export async function runBare(
  w: Workload,
  file: FileOf,
  c: BenchConfig,
): Promise<Record<'bareCommitPerRow' | 'bareBatch100', Measurement>> {
  const rows = subset(w, c.bareRowEvents);
  progress(`bareCommitPerRow: ${fmt(rows.events.length)} events, one INSERT per transaction`);
  const onProgress = throttledProgress('bareCommitPerRow', rows.events.length);
  const bareCommitPerRow = await timed(
    'bareCommitPerRow',
    file('bare-row'),
    rows,
    (db) => commitPerRow(db, rows, onProgress),
    'better-sqlite3, WAL+FULL',
  );
  progress(`bareBatch100: ${fmt(w.events.length)} events, ${c.batch} INSERTs of one stream per transaction`);
  const bareBatch100 = await timed('bareBatch100', file('bare-batch'), w, (db) => batched(db, w, c.batch), 'better-sqlite3, WAL+FULL');
  return { bareCommitPerRow, bareBatch100 };
}
