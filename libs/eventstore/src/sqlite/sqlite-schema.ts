import type Database from 'better-sqlite3';

/**
 * One file, one table.
 * - A stream's revision is the max of its (stream_id, revision) index: no streams table to keep
 *   in step (it cost a random page per append).
 * - Event ids are unique per stream, as in EventStoreDB: a global index on random ids costs a
 *   random index page per event (790 KiB written per 100-event commit against 166 KiB per
 *   stream), and a retry is by definition in its own stream.
 * - `position` is AUTOINCREMENT, so a position is never reused, even after the last row goes.
 * - category and tenant are split out of the stream name at write time, for filtered reads.
 */
export function migrate(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS events (
      position   INTEGER PRIMARY KEY AUTOINCREMENT,
      stream_id  TEXT    NOT NULL,
      revision   INTEGER NOT NULL,
      event_id   TEXT    NOT NULL,
      type       TEXT    NOT NULL,
      category   TEXT    NOT NULL,
      tenant     TEXT,
      data       TEXT    NOT NULL,
      metadata   TEXT    NOT NULL,
      created    TEXT    NOT NULL,
      UNIQUE (stream_id, revision),
      UNIQUE (stream_id, event_id)
    );
  `);
}

/**
 * WAL for concurrent readers; synchronous=FULL set explicitly because better-sqlite3's build
 * makes WAL default to NORMAL, which can lose the last commits on power loss.
 */
export function configureDurability(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  // Savepoints of group commit spill changed pages to a temp file unless kept in memory.
  db.pragma('temp_store = MEMORY');
}
