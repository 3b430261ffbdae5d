import type Redis from 'ioredis';
import type { EventStore, RecordedEvent, SubscriptionMessage } from '@assocflow/eventstore';
import type { Projection, ProjectedEvent } from '../projection';
import { put } from '../shared/document-helpers';
import { activeVersionKey, checkpointKey, documentKey, rowsKey, stateKey } from './read-model-keys';
import { fencedWrite, readRows, unfencedWrite, type WriteOp } from './atomic-write';
import { LeaseLostError, type Fence } from './lease';
import { decodePage, filteredPages, type LogPages } from './log-pages';

export interface RunnerOptions {
  /** Version to build; defaults to the projection's own. */
  version?: number;
  /** Events applied together (one Redis round trip to load the documents they touch). */
  batchSize?: number;
  /** Live: longest wait for more events before a partial batch is committed. */
  lingerMs?: number;
  /**
   * Catching up: shortest time between two commits. A commit also waits until nine times its
   * own last duration has passed (times the runners catching up beside it on the same pages), so
   * writing documents stays under a tenth of the catch-up.
   */
  catchUpCommitMs?: number;
  /** Called after every commit (progress bars, metrics, tests). */
  onBatch?: (progress: { position: bigint; events: number; caughtUp: boolean }) => void;
  /** Make this version the one that serves reads once it has caught up. */
  activateOnCatchUp?: boolean;
  /** A commit or read failed; the runner starts again from its checkpoint after a pause. */
  onError?: (error: Error) => void;
  /** Longest pause between two attempts (default 5 s). */
  maxRetryDelayMs?: number;
  /**
   * The lease this runner leads under (RedisLease.fence): every write is then checked against it
   * in the same script, and once another worker holds the lease the runner stops (onLeaseLost).
   */
  fence?: Fence;
  onLeaseLost?: (error: LeaseLostError) => void;
  /**
   * Where catching up reads the log: by default alone, pages of the types it handles; a worker's
   * runners share one SharedLogPages, so the log is read and decoded once for all of them.
   */
  pages?: LogPages;
}

/**
 * Runs one projection: from its checkpoint, applies events in batches and writes the changed
 * documents and the new checkpoint in one atomic write (a Lua script), so a crash anywhere leaves either the
 * whole commit applied or none of it, and a restart resumes exactly where the last one stopped.
 *
 * The runner is the only writer of its version, so it keeps the documents it folds in memory
 * between batches (parsing them back from Redis per batch made a long rebuild quadratic in the
 * size of its documents). Live, every batch is committed; while catching up, commits are spaced
 * out (catchUpCommitMs), since nobody reads a version that is still being built more often.
 */
export class ProjectionRunner<Doc> {
  private stopping = false;
  private done?: Promise<void>;
  private closeSubscription?: () => Promise<void>;
  private position = 0n;
  private caughtUp = false;
  /** The fold's documents, owned by this runner: loaded once, then kept. */
  private readonly docs = new Map<string, Doc>();
  private readonly dirty = new Set<string>();
  /** Table-shaped documents (Projection.rows): the rows loaded or changed since the last commit, by document. */
  private readonly rows = new Map<string, Set<string>>();
  private rowsHeld = 0;
  /** Catching up: the commit Redis is applying while the next batch is folded (at most one). */
  private inFlight?: Promise<void>;
  /** Applied but not yet committed. */
  private pending = { events: 0, position: 0n };
  /** A checkpoint message that came while events were pending: the next commit may save it. */
  private lookedAt = 0n;
  private lastCommit = { at: Date.now(), tookMs: 0 };
  /** Ends the pause between two attempts at once when the runner is stopped. */
  private wake?: () => void;
  private readonly pages: LogPages;
  private readonly handles: ReadonlySet<string>;

  constructor(
    private readonly store: EventStore,
    private readonly redis: Redis,
    private readonly projection: Projection<Doc>,
    private readonly options: RunnerOptions = {},
  ) {
    if (projection.rows && (projection.finalize || projection.serve))
      throw new Error(`projection ${projection.name}: rows cannot go with finalize or serve`);
    this.pages = options.pages ?? filteredPages(store, options.batchSize ?? 2000);
    this.handles = new Set(projection.handles);
  }

  get version(): number {
    return this.options.version ?? this.projection.version;
  }

  get checkpoint(): bigint {
    return this.position;
  }

  get isCaughtUp(): boolean {
    return this.caughtUp;
  }

  /** Reads the checkpoint (fails when Redis does not answer), then catches up and follows the log until stopped. */
  async start(): Promise<void> {
    this.stopping = false;
    await this.open();
    this.done = this.keepRunning(true);
  }

  /**
   * Finishes the batch in hand, saves its checkpoint, and stops. Rejects when that last batch
   * could not be saved (Redis away): the next start applies it again from the checkpoint.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.closeSubscription?.();
    await this.done;
  }

  private async open(): Promise<void> {
    this.forget();
    this.caughtUp = false;
    const saved = await this.redis.get(checkpointKey(this.projection.name, this.version));
    this.position = saved ? BigInt(saved) : 0n;
    this.lastCommit = { at: Date.now(), tookMs: 0 };
  }

  /** How far the log has been applied, committed or not (events the projection does not handle included). */
  private get applied(): bigint {
    const applied = this.pending.events > 0 ? this.pending.position : this.position;
    return this.lookedAt > applied ? this.lookedAt : applied;
  }

  private get filter() {
    return { eventTypes: [...this.projection.handles] };
  }

  /**
   * Catching up, the runner reads the log a page at a time (one read per batch instead of one
   * step of a subscription per event), until a page comes back short: then it subscribes from
   * there, and the subscription brings what was appended meanwhile and says when it caught up.
   */
  private async catchUpFromLog(): Promise<void> {
    try {
      while (!this.stopping) {
        const page = await this.pages.read(this, this.applied, this.handles);
        await this.apply(page.events, page.through);
        if (page.through > this.applied) this.lookedAt = page.through;
        if (this.commitDue()) await this.commit();
        if (page.end) return;
        // A page read and folded without I/O (SQLite reads synchronously) must still let timers
        // (lease renewals) and the other runners have their turn.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      await this.commit();
    } finally {
      this.pages.leave(this);
    }
  }

  private subscribe(): AsyncIterator<SubscriptionMessage> {
    const subscription = this.store.subscribeToAll({ fromPosition: this.applied === 0n ? 'start' : this.applied, filter: this.filter });
    this.closeSubscription = () => subscription.close();
    return subscription[Symbol.asyncIterator]();
  }

  /**
   * A failed commit or read (Redis or the store away) does not end the projection: what was not
   * committed is dropped, and after a growing pause the runner starts again from the checkpoint
   * in Redis, so nothing is applied twice and nothing skipped.
   */
  private async keepRunning(opened: boolean): Promise<void> {
    for (let attempt = 0; !this.stopping;) {
      try {
        if (!opened) await this.open();
        await this.catchUpFromLog();
        if (!this.stopping) await this.run(this.subscribe());
        await this.settle();
        return;
      } catch (error) {
        opened = false;
        this.forget();
        if (error instanceof LeaseLostError) {
          // Another worker leads now: nothing written since the lease was lost, nothing to retry.
          this.stopping = true;
          await this.closeSubscription?.().catch(() => undefined);
          this.options.onLeaseLost?.(error);
          return;
        }
        if (this.stopping) throw error;
        await this.closeSubscription?.().catch(() => undefined);
        this.options.onError?.(error instanceof Error ? error : new Error(String(error)));
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Math.min(100 * 2 ** attempt++, this.options.maxRetryDelayMs ?? 5_000));
          this.wake = () => (clearTimeout(timer), resolve());
        });
      }
    }
  }

  private async run(iterator: AsyncIterator<SubscriptionMessage>): Promise<void> {
    const batchSize = this.options.batchSize ?? 2000;
    const linger = this.options.lingerMs ?? 20;
    let batch: RecordedEvent[] = [];
    // One timer per batch, not one per event: a partial batch waits at most `linger` ms.
    let lingering: Promise<undefined> | undefined;
    const apply = async () => {
      if (batch.length > 0) await this.apply(await decodePage(this.store, batch), batch[batch.length - 1].position);
      batch = [];
      lingering = undefined;
    };
    const flush = async () => {
      await apply();
      await this.commit();
    };
    let next = iterator.next();
    while (!this.stopping) {
      const waiting = batch.length > 0 || this.pending.events > 0;
      // Catching up, the next page is on its way: no timer, the commit policy decides.
      const message = waiting && this.caughtUp ? await Promise.race([next, (lingering ??= delay(linger))]) : await next;
      if (message === undefined) {
        await flush();
        continue;
      }
      if (message.done) break;
      next = iterator.next();
      if (message.value.kind === 'checkpoint') {
        // Filtered-out events moved the log on: save the position now, or with the events pending
        // (every event before the message is in the batch or applied, and is committed with it).
        if (!waiting && message.value.position > this.position) await this.saveCheckpoint(message.value.position);
        else if (waiting) this.lookedAt = message.value.position;
        continue;
      }
      if (message.value.kind === 'caughtUp') {
        await flush();
        this.caughtUp = true;
        if (this.options.activateOnCatchUp)
          await this.write([{ set: activeVersionKey(this.projection.name), value: String(this.version) }]);
        this.options.onBatch?.({ position: this.position, events: 0, caughtUp: true });
        continue;
      }
      batch.push(message.value.event);
      if (batch.length >= batchSize) {
        await apply();
        if (this.caughtUp || this.commitDue()) await this.commit();
      }
    }
    await flush();
  }

  private commitDue(): boolean {
    // A table's rows stay in memory until committed: their number, not time, bounds the memory.
    if (this.rowsHeld >= ROWS_PER_COMMIT) return true;
    // Runners catching up together share the thread: together, their commits stay under a tenth of it.
    const since = Date.now() - this.lastCommit.at;
    return since >= Math.max(this.options.catchUpCommitMs ?? 1000, 9 * this.lastCommit.tookMs * this.pages.readers);
  }

  /** Folds a batch (the log read up to `through`) into the documents it touches, loading those not yet in memory in one MGET. */
  private async apply(events: ProjectedEvent[], through: bigint): Promise<void> {
    if (events.length === 0) return;
    const touched = events.map((e) => this.projection.keysOf(e));
    await this.load([...new Set(touched.flat())].filter((key) => !this.docs.has(key)));
    if (this.projection.rows) await this.loadRows(events, touched);
    events.forEach((event, i) => {
      for (const key of touched[i]) {
        this.docs.set(key, this.projection.evolve(this.docs.get(key) ?? this.projection.initial(key), event, key));
        this.dirty.add(key);
      }
    });
    this.pending = { events: this.pending.events + events.length, position: through };
  }

  /** Writes every changed document (or, for tables, every changed row) and the checkpoint in one atomic write. */
  private async commit(): Promise<void> {
    if (this.pending.events === 0) {
      // Pages of events this projection does not handle moved the log on.
      if (this.lookedAt > this.position) await this.saveCheckpoint(this.lookedAt);
      this.lookedAt = 0n;
      this.lastCommit = { at: Date.now(), tookMs: 0 };
      return;
    }
    const started = Date.now();
    const { name, serve } = this.projection;
    const ops: WriteOp[] = [];
    for (const key of this.dirty) {
      const doc = this.projection.finalize ? this.projection.finalize(this.docs.get(key) as Doc, key) : (this.docs.get(key) as Doc);
      this.docs.set(key, doc);
      if (this.projection.rows) {
        ops.push(...this.rowWrites(key, doc));
        continue;
      }
      if (serve) ops.push({ set: stateKey(name, this.version, key), value: JSON.stringify(doc) });
      ops.push({ set: documentKey(name, this.version, key), value: JSON.stringify(serve ? serve(doc, key) : doc) });
    }
    const { events } = this.pending;
    const position = this.lookedAt > this.pending.position ? this.lookedAt : this.pending.position;
    ops.push({ set: checkpointKey(name, this.version), value: position.toString() });
    const written = this.write(ops);
    if (this.caughtUp) {
      try {
        await written;
      } catch (error) {
        this.forget();
        throw error;
      }
    } else {
      // Catching up, the next batch is folded while Redis applies this one: the next write waits
      // for it (and fails, so the runner starts again from its checkpoint, if it failed).
      this.inFlight = written.then(() => void (this.lastCommit.tookMs = Date.now() - started));
      this.inFlight.catch(() => undefined);
    }
    this.position = position;
    this.dirty.clear();
    this.releaseRows();
    this.pending = { events: 0, position: 0n };
    this.lookedAt = 0n;
    this.lastCommit = { at: Date.now(), tookMs: Date.now() - started };
    this.options.onBatch?.({ position, events, caughtUp: this.caughtUp });
  }

  /** A table-shaped document's writes: the document without its table, and each row touched, set or deleted. */
  private rowWrites(key: string, doc: Doc): WriteOp[] {
    const { table } = this.projection.rows!;
    const rows = (doc as Record<string, Record<string, unknown>>)[table];
    const hash = rowsKey(this.projection.name, this.version, key);
    const ops: WriteOp[] = [{ set: documentKey(this.projection.name, this.version, key), value: JSON.stringify({ ...doc, [table]: {} }) }];
    for (const id of this.rows.get(key) ?? []) {
      ops.push(Object.hasOwn(rows, id) ? { hset: hash, field: id, value: JSON.stringify(rows[id]) } : { hdel: hash, field: id });
    }
    return ops;
  }

  /** Committed rows leave memory: the next batch loads the ones it touches again. */
  private releaseRows(): void {
    if (!this.projection.rows) return;
    const { table } = this.projection.rows;
    for (const doc of this.docs.values()) (doc as Record<string, unknown>)[table] = {};
    this.rows.clear();
    this.rowsHeld = 0;
  }

  /** Loads the rows the batch touches that are not in memory yet, in one script. */
  private async loadRows(events: ProjectedEvent[], touched: string[][]): Promise<void> {
    const { table, idsOf } = this.projection.rows!;
    const wanted = new Map<string, string[]>();
    events.forEach((event, i) => {
      const ids = idsOf(event);
      for (const key of touched[i]) {
        let seen = this.rows.get(key);
        if (!seen) this.rows.set(key, (seen = new Set()));
        for (const id of ids) {
          if (seen.has(id)) continue;
          seen.add(id);
          this.rowsHeld++;
          let list = wanted.get(key);
          if (!list) wanted.set(key, (list = []));
          list.push(id);
        }
      }
    });
    // Rows set or removed without being read: nothing to load (a rebuild's rows are new, mostly).
    if (wanted.size === 0 || this.projection.rows!.blind) return;
    const entries = [...wanted];
    const values = await readRows(
      this.redis,
      entries.map(([key, ids]) => [rowsKey(this.projection.name, this.version, key), ids]),
    );
    let at = 0;
    for (const [key, ids] of entries) {
      const doc = (this.docs.get(key) ?? this.projection.initial(key)) as Record<string, Record<string, unknown>>;
      this.docs.set(key, doc as Doc);
      for (const id of ids) {
        const value = values[at++];
        if (value !== null) put(doc[table], id, JSON.parse(value) as unknown);
      }
    }
  }

  /** After a failed commit the documents in memory are ahead of Redis: a restart reloads them. */
  private forget(): void {
    this.inFlight = undefined;
    this.docs.clear();
    this.dirty.clear();
    this.rows.clear();
    this.rowsHeld = 0;
    this.pending = { events: 0, position: 0n };
    this.lookedAt = 0n;
  }

  private async saveCheckpoint(position: bigint): Promise<void> {
    await this.write([{ set: checkpointKey(this.projection.name, this.version), value: position.toString() }]);
    this.position = position;
  }

  /** All writes or none: under the fence when the runner leads under a lease; after the commit on its way, if it succeeded. */
  private async write(ops: WriteOp[]): Promise<void> {
    await this.settle();
    await (this.options.fence ? fencedWrite(this.redis, this.options.fence, ops) : unfencedWrite(this.redis, ops));
  }

  /** Waits for the commit on its way (catching up); rejects when it failed. */
  private async settle(): Promise<void> {
    const inFlight = this.inFlight;
    this.inFlight = undefined;
    await inFlight;
  }

  private async load(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    const { name, serve } = this.projection;
    const storedAt = serve ? stateKey : documentKey;
    const values = await this.redis.mget(keys.map((k) => storedAt(name, this.version, k)));
    values.forEach((value, i) => {
      if (value !== null) this.docs.set(keys[i], JSON.parse(value) as Doc);
    });
  }
}

/** A table-shaped projection commits at the latest once its batches have touched this many rows. */
const ROWS_PER_COMMIT = 20_000;

const delay = (ms: number) => new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms));

export type { ProjectedEvent };
