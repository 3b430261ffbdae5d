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
import { decideAppend, type AppendDecision, type StoredEventRef } from '../append-rules';
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
  /** Serialized before queuing: a value JSON cannot hold fails its own append, not the group. */
  events: { id: string; type: string; data: string; metadata: string }[];
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
    // Each append is checked before anything of it is written, so a refused append leaves no
    // trace without needing a savepoint; a failing INSERT (disk full, say) rolls back the
    // whole group, and none of its appends is acknowledged.
    this.commitBatch = this.db.transaction((batch: PendingAppend[]) =>
      batch.map((p): Outcome => {
        let decision: AppendDecision;
        try {
          decision = this.check(p);
        } catch (error) {
          return { ok: false, error };
        }
        return { ok: true, result: this.insert(p, decision) };
      }),
    );
  }

  append(streamId: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new Error('the event store is closed'));
    let rows: PendingAppend['events'];
    try {
      validateNewEvents(streamId, events);
      rows = events.map((e) => ({
        id: e.id.toLowerCase(),
        type: e.type,
        data: JSON.stringify(e.data),
        metadata: JSON.stringify(e.metadata ?? {}),
      }));
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      this.pending.push({ streamId, events: rows, options, resolve, reject });
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
      outcomes = this.commitBatch.immediate(batch);
    } catch (error) {
      for (const p of batch) p.reject(error);
      return;
    }
    // Only after the commit (and its fsync) returned is any append acknowledged.
    outcomes.forEach((outcome, i) => (outcome.ok ? batch[i].resolve(outcome.result) : batch[i].reject(outcome.error)));
    this.signal.notify();
  }

  private check({ streamId, events, options }: PendingAppend): AppendDecision {
    const last = this.sql.lastRevision.get(streamId)?.last_revision;
    return decideAppend({
      streamId,
      expected: options.expectedRevision,
      lastRevision: last === null || last === undefined ? undefined : BigInt(last),
      eventIds: events.map((e) => e.id),
      found: events.map((e) => this.findEvent(streamId, e.id)),
    });
  }

  private insert({ streamId, events }: PendingAppend, decision: AppendDecision): AppendResult {
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
      const info = this.sql.insertEvent.run(streamId, revision, e.id, e.type, category, tenant, e.data, e.metadata, created);
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
