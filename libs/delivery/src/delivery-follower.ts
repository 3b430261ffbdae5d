import type { JobsOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { reminder } from '@assocflow/domain';
import type { EventStore, RecordedEvent, SubscriptionMessage } from '@assocflow/eventstore';
import { deliveryIdOf, type DeliveryJob } from './delivery-job';
import type { DeliveryLog } from './delivery-log';
import { channelsToDeliver } from './delivery-plan';

export const DELIVERY_CHECKPOINT_KEY = 'assocflow:delivery:checkpoint';
/** Present while Redis holds what the follower wrote; gone after a wipe (FLUSHALL, a new server). */
const SENTINEL_KEY = 'assocflow:delivery:sentinel';
const BATCH = 200;
const LINGER_MS = 20;
const delay = (ms: number) => new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms));

export interface FollowerOptions {
  jobOptions: JobsOptions;
  /** How often to look for a Redis wipe; 0 turns the check off. */
  wipeCheckMs?: number;
  logger?: { log(message: string): void; warn(message: string): void };
  /** Called after each ReminderSent is handled (tests, benchmarks). */
  onHandled?: (event: RecordedEvent, queued: DeliveryJob[]) => void;
}

/**
 * Follows the event log for ReminderSent, from a checkpoint in Redis, and queues one job per
 * channel still to deliver. Redis holds nothing that cannot be rebuilt: after a wipe the
 * checkpoint is gone, the log is read again from the start, and the log's delivery outcomes
 * together with deterministic job ids keep anything from going out twice.
 */
export class DeliveryFollower {
  private position = 0n;
  private stopping = false;
  private run?: { done: Promise<void>; close: () => Promise<void> };
  private wipeCheck?: NodeJS.Timeout;
  private rewinding = Promise.resolve();
  private caughtUp = false;
  private starting = Promise.resolve();

  constructor(
    private readonly store: EventStore,
    private readonly redis: Redis,
    private readonly queue: Queue<DeliveryJob>,
    private readonly log: DeliveryLog,
    private readonly options: FollowerOptions,
  ) {}

  get checkpoint(): bigint {
    return this.position;
  }

  get isCaughtUp(): boolean {
    return this.caughtUp;
  }

  /**
   * Returns at once: the checkpoint is read in the background, waiting for Redis if it is away,
   * so a worker starts (and its other parts run) during a Redis outage.
   */
  start(): void {
    this.starting = this.untilDone(
      async () => {
        const saved = await this.redis.get(DELIVERY_CHECKPOINT_KEY);
        await this.redis.set(SENTINEL_KEY, '1');
        this.position = saved ? BigInt(saved) : 0n;
      },
      () => false,
    ).then(() => {
      if (this.stopping) return;
      this.follow();
      const every = this.options.wipeCheckMs ?? 5_000;
      if (every > 0) this.wipeCheck = setInterval(() => (this.rewinding = this.rewinding.then(() => this.rewindIfWiped())), every);
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.starting;
    clearInterval(this.wipeCheck);
    await this.rewinding;
    await this.run?.close();
    await this.run?.done;
  }

  private follow(): void {
    this.caughtUp = false;
    const subscription = this.store.subscribeToAll({
      fromPosition: this.position === 0n ? 'start' : this.position,
      filter: { eventTypes: ['ReminderSent'] },
    });
    let closed = false;
    const close = async () => {
      closed = true;
      await subscription.close();
    };
    this.run = { close, done: this.consume(subscription[Symbol.asyncIterator](), () => closed) };
  }

  private async consume(iterator: AsyncIterator<SubscriptionMessage>, closed: () => boolean): Promise<void> {
    // Events are handled in batches (one addBulk, one checkpoint write); a partial batch waits
    // at most LINGER_MS for more.
    let batch: RecordedEvent[] = [];
    let lingering: Promise<undefined> | undefined;
    const flush = async () => {
      if (batch.length > 0) await this.untilDone(() => this.handle(batch), closed);
      batch = [];
      lingering = undefined;
    };
    let next = iterator.next();
    while (!this.stopping && !closed()) {
      const message = batch.length === 0 ? await next : await Promise.race([next, (lingering ??= delay(LINGER_MS))]);
      if (message === undefined) {
        await flush();
        continue;
      }
      if (message.done) break;
      next = iterator.next();
      const m = message.value;
      if (m.kind === 'event') {
        batch.push(m.event);
        if (batch.length >= BATCH) await flush();
        continue;
      }
      await flush();
      if (m.kind === 'caughtUp') this.caughtUp = true;
      else if (m.position > this.position) await this.untilDone(() => this.save(m.position), closed);
    }
    if (!closed()) await flush();
  }

  private async handle(events: RecordedEvent[]): Promise<void> {
    const planned = await Promise.all(
      events.map(async (event) => {
        const sent = event.data as reminder.ReminderSent['data'];
        const tenant = String((event.metadata as { tenant?: string }).tenant ?? /^reminder-([^.]+)\./.exec(event.streamId)?.[1]);
        const [state, configured] = await Promise.all([
          this.log.reminder(tenant, sent.reminderId),
          this.log.channels(tenant, event.position),
        ]);
        return channelsToDeliver(configured, state).map((channel): DeliveryJob => ({ tenant, reminderId: sent.reminderId, channel }));
      }),
    );
    const jobs = planned.flat();
    if (jobs.length > 0) {
      await this.queue.addBulk(
        jobs.map((data) => ({ name: `deliver-${data.channel}`, data, opts: { ...this.options.jobOptions, jobId: deliveryIdOf(data) } })),
      );
    }
    await this.save(events[events.length - 1].position);
    events.forEach((event, i) => this.options.onHandled?.(event, planned[i]));
  }

  private async save(position: bigint): Promise<void> {
    await this.redis.set(DELIVERY_CHECKPOINT_KEY, position.toString());
    this.position = position;
  }

  /** Redis away: wait and try again; a reminder is never skipped. */
  private async untilDone(step: () => Promise<void>, closed: () => boolean): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await step();
      } catch (error) {
        if (this.stopping || closed()) return;
        if (attempt === 0) this.options.logger?.warn(`delivery follower: ${(error as Error).message}; retrying`);
        await new Promise((r) => setTimeout(r, Math.min(100 * 2 ** attempt, 2_000)));
      }
    }
  }

  private async rewindIfWiped(): Promise<void> {
    if (this.stopping) return;
    const present = await this.redis.exists(SENTINEL_KEY).catch(() => 1);
    if (present === 1) return;
    this.options.logger?.warn('delivery follower: Redis was wiped; reading the log again from the start');
    await this.run?.close();
    await this.run?.done;
    if (this.stopping) return;
    await this.redis.set(SENTINEL_KEY, '1');
    this.position = 0n;
    this.follow();
  }
}
