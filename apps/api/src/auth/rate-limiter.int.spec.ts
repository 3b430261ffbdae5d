import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { RateLimiter } from './rate-limiter';

const allowed = (limiter: RateLimiter, keyId: string, n: number) =>
  Array.from({ length: n }, () => limiter.allow(keyId)).filter(Boolean).length;

describe('RateLimiter (real Redis, two replicas)', () => {
  let redis: Redis;
  let now: number;
  const clock = () => now;
  beforeAll(() => {
    redis = new Redis(process.env.REDIS_URL!);
  });
  afterAll(() => redis.quit());
  beforeEach(() => {
    now = 1_700_000_000_000;
  });

  it('shares one window between replicas through their syncs', async () => {
    const keyId = randomUUID();
    const a = new RateLimiter(redis, 5, clock);
    const b = new RateLimiter(redis, 5, clock);
    expect(allowed(a, keyId, 3)).toBe(3);
    await a.sync();
    expect(allowed(b, keyId, 1)).toBe(1);
    await b.sync(); // learns a's three
    expect(allowed(b, keyId, 3)).toBe(1);
    await b.sync();
    await a.sync(); // nothing new of a's own: learns nothing either...
    expect(allowed(a, keyId, 1)).toBe(1); // ...so a takes one more (the bounded overshoot), then learns
    await a.sync();
    expect(allowed(a, keyId, 1)).toBe(0);
    expect(await redis.get(`assocflow:ratelimit:${keyId}:${Math.floor(now / 1000)}`)).toBe('6');
  });

  it('starts again in the next second', async () => {
    const keyId = randomUUID();
    const limiter = new RateLimiter(redis, 2, clock);
    expect(allowed(limiter, keyId, 3)).toBe(2);
    await limiter.sync();
    now += 1_000;
    expect(allowed(limiter, keyId, 3)).toBe(2);
  });

  it('counts only requests that overlap others of their key', () => {
    const keyId = randomUUID();
    const limiter = new RateLimiter(redis, 2, clock);
    for (let i = 0; i < 10; i++) {
      expect(limiter.admit(keyId)).toBe(true); // one at a time: never refused, never counted
      limiter.done(keyId);
    }
    expect(limiter.admit(keyId)).toBe(true); // in flight, free
    expect([limiter.admit(keyId), limiter.admit(keyId), limiter.admit(keyId)]).toEqual([true, true, false]);
    limiter.done(keyId);
    limiter.done(keyId);
    limiter.done(keyId);
    expect(limiter.admit(keyId)).toBe(true); // alone again: free although the window is full
    expect(limiter.admit(keyId)).toBe(false);
    limiter.done(keyId);
    now += 1_000;
    expect(limiter.admit(keyId)).toBe(true);
    expect(limiter.admit(keyId)).toBe(true); // a new window for the overlapping ones
  });

  it('limits on its own while Redis is away', async () => {
    const away = new Redis({ port: 1, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
    const limiter = new RateLimiter(away, 3, clock);
    const keyId = randomUUID();
    expect(allowed(limiter, keyId, 2)).toBe(2);
    await limiter.sync();
    expect(allowed(limiter, keyId, 3)).toBe(1);
    away.disconnect();
  });
});
