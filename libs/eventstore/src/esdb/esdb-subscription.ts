import type { AllStreamResolvedEvent, AllStreamSubscription } from '@eventstore/db-client';
import type { AllSubscription, EventFilter, SubscriptionMessage } from '../event-store.port';
import { toRecorded } from './esdb-mapping';

const HIGH_WATER = 512;
const LOW_WATER = 64;

/**
 * Our subscription over the client's catch-up subscription to $all.
 *
 * The client (6.1+) reports the server's CaughtUp message (EventStoreDB 23.10+, KurrentDB PR #3899)
 * as a 'caughtUp' event, emitted while events pushed before it may still sit in the stream's
 * buffer. So the marker is queued only once that many more events have come through 'data'.
 */
export class EsdbAllSubscription implements AllSubscription {
  private readonly queue: SubscriptionMessage[] = [];
  private wake: (() => void) | undefined;
  private failure: unknown;
  private ended = false;
  private received = 0;
  private caughtUpAfter: number | undefined;
  private caughtUpQueued = false;
  private paused = false;
  private closed = false;
  private readonly iterator: AsyncGenerator<SubscriptionMessage>;

  constructor(
    private readonly source: AllStreamSubscription,
    private lastPosition: bigint,
    private readonly filter: EventFilter | undefined,
    private readonly onClose: () => void,
  ) {
    source.on('data', (resolved: AllStreamResolvedEvent) => this.onEvent(resolved));
    source.on('caughtUp', () => this.onCaughtUp());
    source.on('error', (error: unknown) => this.finish(error));
    source.on('end', () => this.finish());
    source.on('close', () => this.finish());
    this.iterator = this.messages();
  }

  [Symbol.asyncIterator](): AsyncIterator<SubscriptionMessage> {
    return this.iterator;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.queue.length = 0;
    this.finish();
    this.onClose();
    await this.source.unsubscribe().catch(() => undefined);
  }

  private onEvent(resolved: AllStreamResolvedEvent): void {
    this.received++;
    try {
      const event = toRecorded(resolved, this.filter);
      if (event) {
        this.lastPosition = event.position;
        this.push({ kind: 'event', event });
      }
    } catch (error) {
      this.finish(error);
      return;
    }
    if (this.caughtUpAfter === this.received) this.pushCaughtUp();
  }

  /**
   * The server read up to `position`, past events our filter leaves out. Passed on only when it is
   * beyond the last event and no event sits in the stream's buffer still: the client calls this
   * in order with the events it receives, but before the buffered ones come through 'data', and a
   * checkpoint ahead of an event not yet delivered would let a reader save a position it has not
   * reached.
   */
  onCheckpoint(position: bigint): void {
    if (position <= this.lastPosition || this.source.readableLength > 0) return;
    this.lastPosition = position;
    this.push({ kind: 'checkpoint', position });
  }

  private onCaughtUp(): void {
    // A server that fell behind and caught up again (24.2+) says so again; we say it once.
    if (this.caughtUpQueued || this.caughtUpAfter !== undefined) return;
    const buffered = this.source.readableLength;
    if (buffered === 0) this.pushCaughtUp();
    else this.caughtUpAfter = this.received + buffered;
  }

  private pushCaughtUp(): void {
    this.caughtUpQueued = true;
    this.push({ kind: 'caughtUp', position: this.lastPosition });
  }

  private push(message: SubscriptionMessage): void {
    if (this.ended) return;
    this.queue.push(message);
    if (this.queue.length >= HIGH_WATER && !this.paused) {
      this.paused = true;
      this.source.pause();
    }
    this.signal();
  }

  private finish(error?: unknown): void {
    if (this.ended) return;
    this.ended = true;
    this.failure = error;
    this.signal();
  }

  private signal(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  private async *messages(): AsyncGenerator<SubscriptionMessage> {
    try {
      for (;;) {
        const next = this.queue.shift();
        if (next) {
          if (this.paused && this.queue.length <= LOW_WATER) {
            this.paused = false;
            this.source.resume();
          }
          yield next;
          continue;
        }
        if (this.ended) {
          if (this.failure) throw this.failure;
          return;
        }
        await new Promise<void>((resolve) => (this.wake = resolve));
      }
    } finally {
      await this.close();
    }
  }
}
