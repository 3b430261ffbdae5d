import type Redis from 'ioredis';
import type { EventStore, RecordedEvent, SubscriptionMessage } from '@assocflow/eventstore';
import type { Projection, ProjectedEvent } from '../projection';
import { activeVersionKey, checkpointKey, documentKey, stateKey } from './read-model-keys';
import { completePage } from './complete-from-stream';
import { toProjectedEvent } from './to-projected-event';
import { fencedWrite, LeaseLostError, type Fence } from './lease';

export interface RunnerOptions {
  /** Version to build; defaults to the projection's own. */
  version?: number;
  /** Events applied together (one Redis round trip to load the documents they touch). */
  batchSize?: number;
  /** Live: longest wait for more events before a partial batch is committed. */
  lingerMs?: number;
  /**
   * Catching up: shortest time between two commits. A commit also waits until nine times its
   * own last duration has passed, so writing documents stays under a tenth of the catch-up.
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
}

/**
 * Runs one projection: from its checkpoint, applies events in batches and writes the changed
 * documents and the new checkpoint in one MULTI/EXEC, so a crash anywhere leaves either the
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
  /** Applied but not yet committed. */
  private pending = { events: 0, position: 0n };
  /** A checkpoint message that came while events were pending: the next commit may save it. */
  private lookedAt = 0n;
  private lastCommit = { at: Date.now(), tookMs: 0 };
  /** Ends the pause between two attempts at once when the runner is stopped. */
  private wake?: () => void;

  constructor(
    private readonly store: EventStore,
    private readonly redis: Redis,
    private readonly projection: Projection<Doc>,
    private readonly options: RunnerOptions = {},
  ) {}

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

  /** The last event applied, committed or not. */
  private get applied(): bigint {
    return this.pending.events > 0 ? this.pending.position : this.position;
  }

  private get filter() {
    return { eventTypes: [...this.projection.handles] };
  }

  /**
   * Catching up, the runner reads the log a batch at a time (one read per batch instead of one
   * step of a subscription per event), until a page comes back short: then it subscribes from
   * there, and the subscription brings what was appended meanwhile and says when it caught up.
   */
  private async catchUpFromLog(): Promise<void> {
    const batchSize = this.options.batchSize ?? 2000;
    const filter = this.filter;
    while (!this.stopping) {
      const page = await this.store.readAll({ fromPosition: this.applied, maxCount: batchSize, filter });
      await this.apply(page);
      if (this.commitDue()) await this.commit();
      if (page.length < batchSize) return;
    }
    await this.commit();
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
    for (let attempt = 0; !this.stopping; ) {
      try {
        if (!opened) await this.open();
        await this.catchUpFromLog();
        if (this.stopping) return;
        await this.run(this.subscribe());
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
      await this.apply(batch);
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
        if (this.options.activateOnCatchUp) await this.write([[activeVersionKey(this.projection.name), String(this.version)]]);
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
    const since = Date.now() - this.lastCommit.at;
    return since >= Math.max(this.options.catchUpCommitMs ?? 1000, 9 * this.lastCommit.tookMs);
  }

  /** Folds a batch into the documents it touches, loading those not yet in memory in one MGET. */
  private async apply(batch: RecordedEvent[]): Promise<void> {
    if (batch.length === 0) return;
    const events = (await completePage(this.store, batch)).map((e) => toProjectedEvent(e));
    const touched = events.map((e) => this.projection.keysOf(e));
    await this.load([...new Set(touched.flat())].filter((key) => !this.docs.has(key)));
    events.forEach((event, i) => {
      for (const key of touched[i]) {
        this.docs.set(key, this.projection.evolve(this.docs.get(key) ?? this.projection.initial(key), event, key));
        this.dirty.add(key);
      }
    });
    this.pending = { events: this.pending.events + batch.length, position: batch[batch.length - 1].position };
  }

  /** Writes every changed document and the checkpoint in one MULTI/EXEC. */
  private async commit(): Promise<void> {
    if (this.pending.events === 0) return;
    const started = Date.now();
    const { name, serve } = this.projection;
    const pairs: [string, string][] = [];
    for (const key of this.dirty) {
      const doc = this.projection.finalize ? this.projection.finalize(this.docs.get(key) as Doc, key) : (this.docs.get(key) as Doc);
      this.docs.set(key, doc);
      if (serve) pairs.push([stateKey(name, this.version, key), JSON.stringify(doc)]);
      pairs.push([documentKey(name, this.version, key), JSON.stringify(serve ? serve(doc, key) : doc)]);
    }
    const { events } = this.pending;
    const position = this.lookedAt > this.pending.position ? this.lookedAt : this.pending.position;
    pairs.push([checkpointKey(name, this.version), position.toString()]);
    try {
      await this.write(pairs);
    } catch (error) {
      this.forget();
      throw error;
    }
    this.position = position;
    this.dirty.clear();
    this.pending = { events: 0, position: 0n };
    this.lookedAt = 0n;
    this.lastCommit = { at: Date.now(), tookMs: Date.now() - started };
    this.options.onBatch?.({ position, events, caughtUp: this.caughtUp });
  }

  /** After a failed commit the documents in memory are ahead of Redis: a restart reloads them. */
  private forget(): void {
    this.docs.clear();
    this.dirty.clear();
    this.pending = { events: 0, position: 0n };
    this.lookedAt = 0n;
  }

  private async saveCheckpoint(position: bigint): Promise<void> {
    await this.write([[checkpointKey(this.projection.name, this.version), position.toString()]]);
    this.position = position;
  }

  /** All pairs or none: under the fence when the runner leads under a lease, else in one MULTI/EXEC. */
  private async write(pairs: [string, string][]): Promise<void> {
    if (this.options.fence) return fencedWrite(this.redis, this.options.fence, pairs);
    const multi = this.redis.multi();
    for (const [key, value] of pairs) multi.set(key, value);
    const results = await multi.exec();
    const failed = results?.find(([error]) => error);
    if (!results || failed) throw failed?.[0] ?? new Error('MULTI/EXEC was discarded');
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

const delay = (ms: number) => new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms));

export type { ProjectedEvent };
