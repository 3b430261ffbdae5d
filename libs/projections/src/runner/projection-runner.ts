import type Redis from 'ioredis';
import type { EventStore, RecordedEvent, SubscriptionMessage } from '@assocflow/eventstore';
import type { Projection, ProjectedEvent } from '../projection';
import { activeVersionKey, checkpointKey, documentKey } from './read-model-keys';
import { toProjectedEvent } from './to-projected-event';

export interface RunnerOptions {
  /** Version to build; defaults to the projection's own. */
  version?: number;
  batchSize?: number;
  /** Longest wait for more events before a partial batch is written. */
  lingerMs?: number;
  /** Called after every committed batch (progress bars, metrics, tests). */
  onBatch?: (progress: { position: bigint; events: number; caughtUp: boolean }) => void;
  /** Make this version the one that serves reads once it has caught up. */
  activateOnCatchUp?: boolean;
}

/**
 * Runs one projection: from its checkpoint, applies events in batches and writes the changed
 * documents and the new checkpoint in one MULTI/EXEC, so a crash anywhere leaves either the
 * whole batch applied or none of it, and a restart resumes exactly where the last one stopped.
 */
export class ProjectionRunner<Doc> {
  private stopping = false;
  private done?: Promise<void>;
  private closeSubscription?: () => Promise<void>;
  private position = 0n;
  private caughtUp = false;

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

  async start(): Promise<void> {
    const saved = await this.redis.get(checkpointKey(this.projection.name, this.version));
    this.position = saved ? BigInt(saved) : 0n;
    const subscription = this.store.subscribeToAll({
      fromPosition: this.position === 0n ? 'start' : this.position,
      filter: { eventTypes: [...this.projection.handles] },
    });
    this.closeSubscription = () => subscription.close();
    this.done = this.run(subscription[Symbol.asyncIterator]());
  }

  /** Finishes the batch in hand, saves its checkpoint, and stops. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.closeSubscription?.();
    await this.done;
  }

  private async run(iterator: AsyncIterator<SubscriptionMessage>): Promise<void> {
    const batchSize = this.options.batchSize ?? 2000;
    const linger = this.options.lingerMs ?? 20;
    let batch: RecordedEvent[] = [];
    // One timer per batch, not one per event: a partial batch waits at most `linger` ms.
    let lingering: Promise<undefined> | undefined;
    const flush = async () => {
      await this.commit(batch);
      batch = [];
      lingering = undefined;
    };
    let next = iterator.next();
    while (!this.stopping) {
      const message = batch.length === 0 ? await next : await Promise.race([next, (lingering ??= delay(linger))]);
      if (message === undefined) {
        await flush();
        continue;
      }
      if (message.done) break;
      next = iterator.next();
      if (message.value.kind === 'checkpoint') {
        // Filtered-out events moved the log on: save the position once nothing is pending.
        if (batch.length === 0 && message.value.position > this.position) await this.saveCheckpoint(message.value.position);
        continue;
      }
      if (message.value.kind === 'caughtUp') {
        await flush();
        this.caughtUp = true;
        if (this.options.activateOnCatchUp) await this.redis.set(activeVersionKey(this.projection.name), String(this.version));
        this.options.onBatch?.({ position: this.position, events: 0, caughtUp: true });
        continue;
      }
      batch.push(message.value.event);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  }

  private async commit(batch: RecordedEvent[]): Promise<void> {
    if (batch.length === 0) return;
    const { name } = this.projection;
    const events = batch.map((e) => toProjectedEvent(e));
    const touched = events.map((e) => this.projection.keysOf(e));
    const keys = [...new Set(touched.flat())];
    const docs = await this.load(keys);
    events.forEach((event, i) => {
      for (const key of touched[i]) docs.set(key, this.projection.evolve(docs.get(key) ?? this.projection.initial(key), event, key));
    });
    const position = batch[batch.length - 1].position;
    const multi = this.redis.multi();
    for (const key of keys) {
      const doc = docs.get(key) as Doc;
      const stored = this.projection.finalize ? this.projection.finalize(doc, key) : doc;
      multi.set(documentKey(name, this.version, key), JSON.stringify(stored));
    }
    multi.set(checkpointKey(name, this.version), position.toString());
    const results = await multi.exec();
    const failed = results?.find(([error]) => error);
    if (!results || failed) throw failed?.[0] ?? new Error('MULTI/EXEC was discarded');
    this.position = position;
    this.options.onBatch?.({ position, events: batch.length, caughtUp: this.caughtUp });
  }

  private async saveCheckpoint(position: bigint): Promise<void> {
    await this.redis.set(checkpointKey(this.projection.name, this.version), position.toString());
    this.position = position;
  }

  private async load(keys: string[]): Promise<Map<string, Doc>> {
    const docs = new Map<string, Doc>();
    if (keys.length === 0) return docs;
    const values = await this.redis.mget(keys.map((k) => documentKey(this.projection.name, this.version, k)));
    values.forEach((value, i) => {
      if (value !== null) docs.set(keys[i], JSON.parse(value) as Doc);
    });
    return docs;
  }
}

const delay = (ms: number) => new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms));

export type { ProjectedEvent };
