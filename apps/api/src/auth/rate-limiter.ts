import { Inject, Injectable, Optional, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type Redis from 'ioredis';
import { REDIS } from '@assocflow/platform';
import { RateWindows } from './rate-windows';

export const RATE_LIMIT_PER_SECOND = 'RATE_LIMIT_PER_SECOND';
/** Milliseconds since the epoch; Date.now unless a test provides one. */
export const RATE_LIMIT_CLOCK = 'RATE_LIMIT_CLOCK';

/** How often the counts of this replica reach Redis, and the other replicas' counts come back. */
export const RATE_SYNC_MS = 100;

/**
 * The quota throttles bursts, not a client's pace. A request that arrives while its key has no
 * other request in flight on this replica (a client that waits for each answer before sending the
 * next, as a secretary's script recording a year does) is neither refused nor counted: such a
 * client goes at the server's speed and holds one request of it at a time. Requests that overlap
 * others of their key count against the quota:
 *
 * a fixed one-second window per key, shared by every api replica through Redis but counted in
 * memory between syncs, so that a request costs no Redis round trip. Every RATE_SYNC_MS the
 * requests taken since are added to the window's counter in Redis (INCRBY, one pipeline for every
 * key) and its answer, every replica's requests included, is what the next ones count against.
 * One replica limits exactly; several may together let through, beyond the limit, what the
 * others took in the last sync interval. A Redis outage does not lock users out: each replica
 * then limits on its own.
 */
@Injectable()
export class RateLimiter implements OnModuleInit, OnApplicationShutdown {
  private readonly windows: RateWindows;
  /** Requests admitted and not yet answered, per key, on this replica. */
  private readonly inFlight = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private syncing: Promise<void> | undefined;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(RATE_LIMIT_PER_SECOND) readonly perSecond: number,
    @Optional() @Inject(RATE_LIMIT_CLOCK) private readonly now: () => number = Date.now,
  ) {
    this.windows = new RateWindows(perSecond);
  }

  onModuleInit(): void {
    this.timer = setInterval(() => void this.sync(), RATE_SYNC_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.syncing;
  }

  /**
   * Whether a request of `keyId` may go on now. When it may, the caller calls `done` once it is
   * answered (or abandoned): only requests overlapping others of the key count against the quota.
   */
  admit(keyId: string): boolean {
    const running = this.inFlight.get(keyId) ?? 0;
    if (running > 0 && !this.allow(keyId)) return false;
    this.inFlight.set(keyId, running + 1);
    return true;
  }

  /** A request `admit` let through was answered. */
  done(keyId: string): void {
    const running = (this.inFlight.get(keyId) ?? 0) - 1;
    if (running > 0) this.inFlight.set(keyId, running);
    else this.inFlight.delete(keyId);
  }

  /** Counts one request of `keyId` against its window, unless the window is full. */
  allow(keyId: string): boolean {
    return this.windows.take(keyId, this.now());
  }

  /**
   * The headers of draft-ietf-httpapi-ratelimit-headers for `keyId` after its request: the
   * policy (quota per one-second window) and what is left of it, with the seconds until the
   * window resets; Retry-After too when the request was refused.
   */
  headers(keyId: string, refused: boolean): Record<string, string> {
    const now = this.now();
    const reset = Math.max(1, Math.ceil((1000 - (now % 1000)) / 1000));
    return {
      'ratelimit-policy': `"per-key";q=${this.perSecond};w=1`,
      ratelimit: `"per-key";r=${this.windows.remaining(keyId, now)};t=${reset}`,
      ...(refused ? { 'retry-after': String(reset) } : {}),
    };
  }

  /** Sends what was taken since the last sync and learns the shared counts (one sync at a time). */
  sync(): Promise<void> {
    this.syncing ??= this.send().finally(() => (this.syncing = undefined));
    return this.syncing;
  }

  private async send(): Promise<void> {
    const takes = this.windows.drain(this.now());
    if (takes.length === 0) return;
    const pipeline = this.redis.pipeline();
    for (const { keyId, second, taken } of takes) {
      const key = `assocflow:ratelimit:${keyId}:${second}`;
      // The window's key is new each second: a lost EXPIRE only leaves a key nobody counts in again.
      pipeline.incrby(key, taken).expire(key, 2);
    }
    let replies: [Error | null, unknown][] | null = null;
    try {
      replies = await pipeline.exec();
    } catch {
      // counted below as unsent
    }
    takes.forEach((take, i) => {
      const [error, shared] = replies?.[2 * i] ?? [new Error('no reply')];
      if (error || typeof shared !== 'number') this.windows.unsent(take);
      else this.windows.settle(take, shared);
    });
  }
}
