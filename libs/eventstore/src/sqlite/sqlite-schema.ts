import type Database from 'better-sqlite3';

/**
 * One file, two tables. `position` is AUTOINCREMENT so a position is never reused, even after
 * the last row of the table is gone. category and tenant are split out of the stream name at
 * write time so filtered $all reads need no string parsing in SQL.
 */
export function migrate(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS events (
      position   INTEGER PRIMARY KEY AUTOINCREMENT,
      stream_id  TEXT    NOT NULL,
      revision   INTEGER NOT NULL,
      event_id   TEXT    NOT NULL UNIQUE,
      type       TEXT    NOT NULL,
      category   TEXT    NOT NULL,
      tenant     TEXT,
      data       TEXT    NOT NULL,
      metadata   TEXT    NOT NULL,
      created    TEXT    NOT NULL,
      UNIQUE (stream_id, revision)
    );
    CREATE TABLE IF NOT EXISTS streams (
      stream_id     TEXT PRIMARY KEY,
      last_revision INTEGER NOT NULL
    ) WITHOUT ROWID;
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
}
