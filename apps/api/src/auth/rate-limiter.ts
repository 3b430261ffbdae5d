import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { REDIS } from '@assocflow/platform';

export const RATE_LIMIT_PER_SECOND = 'RATE_LIMIT_PER_SECOND';

/**
 * A fixed one-second window per key, counted in Redis so that every api replica shares it.
 * A Redis outage does not lock users out: the request is let through.
 */
@Injectable()
export class RateLimiter {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(RATE_LIMIT_PER_SECOND) readonly perSecond: number,
  ) {}

  async allow(keyId: string): Promise<boolean> {
    const key = `assocflow:ratelimit:${keyId}:${Math.floor(Date.now() / 1000)}`;
    try {
      // A pipeline, not MULTI: the window's key is new each second, so a lost EXPIRE only leaves
      // a key nobody counts in again, and the two commands travel with the read in one write.
      const [[incrError, count]] = (await this.redis.pipeline().incr(key).expire(key, 2).exec()) as [[Error | null, number]];
      if (incrError) return true;
      return count <= this.perSecond;
    } catch {
      return true;
    }
  }
}
