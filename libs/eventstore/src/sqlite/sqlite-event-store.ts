import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type {
  AllSubscription,
  AppendOptions,
  AppendResult,
  EventStore,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeToAllOptions,
} from '../event-store.port';
import { decideAppend, type StoredEventRef } from '../append-rules';
import { categoryOf, tenantOf } from '../stream-name';
import { LocalAppendSignal, pollingSubscription } from '../polling-subscription';
import { validateNewEvents } from '../read-helpers';
import { configureDurability, migrate } from './sqlite-schema';
import { EVENT_COLUMNS, filterClause, toRecordedEvent, type EventRow } from './sqlite-rows';

export interface SqliteEventStoreOptions {
  /** The database file; its folder is created. */
  path: string;
  /** How often a live subscription looks for appends made by other processes. */
  pollIntervalMs?: number;
  now?: () => Date;
}

interface PendingAppend {
  streamId: string;
  events: NewEvent[];
  options: AppendOptions;
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

type Outcome = { ok: true; result: AppendResult } | { ok: false; error: unknown };

/**
 * The embedded default. better-sqlite3 is synchronous, so appends are queued and every
 * append issued in the same turn of the event loop is committed in one transaction (group
 * commit): one fsync for all of them, each still checked and rolled back on its own.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly signal = new LocalAppendSignal();
  private readonly now: () => Date;
  private readonly pollIntervalMs: number;
  private pending: PendingAppend[] = [];
  private flushScheduled = false;
  private closed = false;
  private readonly readAllStatements = new Map<string, Database.Statement>();
  private readonly sql;
  private readonly commitBatch: Database.Transaction<(batch: PendingAppend[]) => Outcome[]>;
  private readonly commitOne: Database.Transaction<(append: PendingAppend) => AppendResult>;

  constructor(options: SqliteEventStoreOptions) {
    mkdirSync(dirname(options.path), { recursive: true });
    this.db = new Database(options.path);
    configureDurability(this.db);
    migrate(this.db);
    this.now = options.now ?? (() => new Date());
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.sql = {
      // The (stream_id, revision) index answers this without a table of its own to keep in step.
      lastRevision: this.db.prepare<[string], { last_revision: number | null }>(
        'SELECT max(revision) AS last_revision FROM events WHERE stream_id = ?',
      ),
      findEvent: this.db.prepare<[string, string], { stream_id: string; revision: number; position: number }>(
        'SELECT stream_id, revision, position FROM events WHERE stream_id = ? AND event_id = ?',
      ),
      insertEvent: this.db.prepare(
        `INSERT INTO events (stream_id, revision, event_id, type, category, tenant, data, metadata, created)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      head: this.db.prepare<[], { head: number | null }>('SELECT max(position) AS head FROM events'),
      streamForwards: this.db.prepare<[string, number | bigint, number], EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision LIMIT ?`,
      ),
      streamBackwards: this.db.prepare<[string, number | bigint, number], EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
      ),
    };
    // Nested db.transaction() calls run as savepoints: one failed append rolls back alone.
    const appendOne = this.db.transaction((p: PendingAppend) => this.write(p));
    this.commitOne = appendOne;
    this.commitBatch = this.db.transaction((batch: PendingAppend[]) =>
      batch.map((p): Outcome => {
        try {
          return { ok: true, result: appendOne(p) };
        } catch (error) {
          return { ok: false, error };
        }
      }),
    );
  }

  append(streamId: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new Error('the event store is closed'));
    try {
      validateNewEvents(streamId, events);
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      this.pending.push({ streamId, events, options, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const max = options.maxCount ?? -1;
    const from = options.from;
    if (options.direction === 'backwards') {
      const upTo = from === undefined || from === 'end' ? Number.MAX_SAFE_INTEGER : from === 'start' ? 0 : from;
      return this.sql.streamBackwards.all(streamId, upTo, max).map(toRecordedEvent);
    }
    if (from === 'end') return [];
    return this.sql.streamForwards.all(streamId, from === undefined || from === 'start' ? 0 : from, max).map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return this.readAllSync(options);
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    return pollingSubscription(this, this.signal, { ...options, pollIntervalMs: this.pollIntervalMs });
  }

  async headPosition(): Promise<bigint> {
    return BigInt(this.sql.head.get()?.head ?? 0);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    this.signal.notify();
    this.db.close();
  }

  private flush(): void {
    this.flushScheduled = false;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    let outcomes: Outcome[];
    try {
      // A lone append needs no savepoint: its own transaction rolls back whole on any error.
      outcomes = batch.length === 1 ? [{ ok: true, result: this.commitOne.immediate(batch[0]) }] : this.commitBatch.immediate(batch);
    } catch (error) {
      if (batch.length === 1) {
        batch[0].reject(error);
        return;
      }
      for (const p of batch) p.reject(error);
      return;
    }
    // Only after the commit (and its fsync) returned is any append acknowledged.
    outcomes.forEach((outcome, i) => (outcome.ok ? batch[i].resolve(outcome.result) : batch[i].reject(outcome.error)));
    this.signal.notify();
  }

  private write({ streamId, events, options }: PendingAppend): AppendResult {
    const last = this.sql.lastRevision.get(streamId)?.last_revision;
    const lastRevision = last === null || last === undefined ? undefined : BigInt(last);
    const decision = decideAppend({
      streamId,
      expected: options.expectedRevision,
      lastRevision,
      eventIds: events.map((e) => e.id),
      found: events.map((e) => this.findEvent(streamId, e.id)),
    });
    if (decision.kind === 'retry') return { nextExpectedRevision: decision.nextExpectedRevision, position: decision.position };
    if (events.length === 0) {
      return { nextExpectedRevision: decision.firstRevision - 1n, position: BigInt(this.sql.head.get()?.head ?? 0) };
    }
    const category = categoryOf(streamId);
    const tenant = tenantOf(streamId) ?? null;
    const created = this.now().toISOString();
    let revision = decision.firstRevision;
    let position = 0n;
    for (const e of events) {
      const info = this.sql.insertEvent.run(
        streamId, revision, e.id.toLowerCase(), e.type, category, tenant,
        JSON.stringify(e.data), JSON.stringify(e.metadata ?? {}), created,
      );
      position = BigInt(info.lastInsertRowid);
      revision++;
    }
    return { nextExpectedRevision: revision - 1n, position };
  }

  private findEvent(streamId: string, id: string): StoredEventRef | undefined {
    const row = this.sql.findEvent.get(streamId, id.toLowerCase());
    return row && { streamId: row.stream_id, revision: BigInt(row.revision), position: BigInt(row.position) };
  }

  private readAllSync(options: ReadAllOptions): RecordedEvent[] {
    const backwards = options.direction === 'backwards';
    const from = options.fromPosition ?? (backwards ? 'end' : 'start');
    if (from === 'end' && !backwards) return [];
    const { sql, params, shape } = filterClause(options.filter);
    const key = `${backwards ? 'b' : 'f'}${shape}`;
    let statement = this.readAllStatements.get(key);
    if (!statement) {
      const where = backwards ? 'position < ?' : 'position > ?';
      statement = this.db.prepare(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE ${where}${sql} ORDER BY position ${backwards ? 'DESC' : ''} LIMIT ?`,
      );
      this.readAllStatements.set(key, statement);
    }
    const start = from === 'start' ? 0 : from === 'end' ? Number.MAX_SAFE_INTEGER : from;
    return (statement.all(start, ...params, options.maxCount ?? -1) as EventRow[]).map(toRecordedEvent);
  }
}
