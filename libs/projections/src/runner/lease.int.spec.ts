import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { MemoryEventStore, type NewEvent } from '@assocflow/eventstore';
import type { Projection } from '../projection';
import { fencedWrite } from './atomic-write';
import { LeaseLostError, leaseKey, RedisLease } from './lease';
import { ProjectionRunner } from './projection-runner';
import { checkpointKey, documentKey } from './read-model-keys';

const held = (i: number): NewEvent => ({
  id: randomUUID(),
  type: 'TrainingHeld',
  data: { occurredOn: '2023-05-01', activityId: `a${i}` },
  metadata: { tenant: 'sichuan', occurredAt: '2023-05-01', recordedAt: '2024-01-01T00:00:00Z', schemaVersion: 2 },
});

const counting = (name: string): Projection<{ n: number }> => ({
  name,
  version: 1,
  handles: ['TrainingHeld'],
  keysOf: (e) => [e.metadata.tenant],
  initial: () => ({ n: 0 }),
  evolve: (doc) => ({ n: doc.n + 1 }),
});

describe('RedisLease (real Redis)', () => {
  let redis: Redis;
  beforeAll(() => {
    redis = new Redis(process.env.REDIS_URL!);
  });
  afterAll(() => redis.quit());

  it('is held by one owner at a time; a free lease gets a higher token; release frees it at once', async () => {
    const name = `work-${randomUUID()}`;
    const a = new RedisLease(redis, name, 'a', 300);
    const b = new RedisLease(redis, name, 'b', 300);
    expect(await a.acquire()).toBe(true);
    expect(await b.acquire()).toBe(false);
    expect(b.fence).toBeUndefined();
    // The holder acquiring again keeps its token.
    const first = a.token!;
    expect(await a.acquire()).toBe(true);
    expect(a.token).toBe(first);
    expect(await a.renew()).toBe(true);

    await new Promise((r) => setTimeout(r, 400)); // a paused: the lease runs out
    expect(await b.acquire()).toBe(true);
    expect(b.token).toBeGreaterThan(first);
    expect(await a.renew()).toBe(false);
    expect(a.fence).toBeUndefined();

    await b.release();
    expect(await redis.exists(leaseKey(name))).toBe(0);
    expect(await a.acquire()).toBe(true);
    expect(a.token).toBeGreaterThan(b.token ?? first + 1);
  });

  it('fencedWrite writes every pair while the fence holds, and nothing once another owner holds the lease', async () => {
    const name = `work-${randomUUID()}`;
    const a = new RedisLease(redis, name, 'a', 200);
    await a.acquire();
    const stale = a.fence!;
    await fencedWrite(redis, stale, [
      { set: `${name}:x`, value: '1' },
      { hset: `${name}:h`, field: 'f', value: '2' },
    ]);
    expect(await redis.get(`${name}:x`)).toBe('1');
    expect(await redis.hgetall(`${name}:h`)).toEqual({ f: '2' });
    await new Promise((r) => setTimeout(r, 300));
    await new RedisLease(redis, name, 'b', 10_000).acquire();
    await expect(
      fencedWrite(redis, stale, [
        { set: `${name}:x`, value: 'old' },
        { hdel: `${name}:h`, field: 'f' },
        { set: `${name}:z`, value: 'old' },
      ]),
    ).rejects.toBeInstanceOf(LeaseLostError);
    expect(await redis.mget(`${name}:x`, `${name}:z`)).toEqual(['1', null]);
    expect(await redis.hgetall(`${name}:h`)).toEqual({ f: '2' });
  });

  it('a runner whose lease was taken over stops at its next commit without writing, and says so', async () => {
    const name = `fenced-${randomUUID()}`;
    const store = new MemoryEventStore();
    for (let i = 0; i < 5; i++) await store.append(`activity-sichuan.a${i}`, [held(i)], { expectedRevision: 'no_stream' });
    const old = new RedisLease(redis, `projection:${name}`, 'old', 300);
    await old.acquire();
    const lost: Error[] = [];
    const runner = new ProjectionRunner(store, redis, counting(name), { fence: old.fence, lingerMs: 5, onLeaseLost: (e) => lost.push(e) });
    await runner.start();
    for (let i = 0; i < 100 && runner.checkpoint === 0n; i++) await new Promise((r) => setTimeout(r, 10));
    expect(JSON.parse((await redis.get(documentKey(name, 1, 'sichuan')))!)).toEqual({ n: 5 });
    const checkpoint = await redis.get(checkpointKey(name, 1));

    // The old leader pauses past its lease; a new one takes it and writes.
    await new Promise((r) => setTimeout(r, 400));
    const next = new RedisLease(redis, `projection:${name}`, 'new', 10_000);
    expect(await next.acquire()).toBe(true);
    await redis.set(documentKey(name, 1, 'sichuan'), JSON.stringify({ n: 'the new leader' }));
    await store.append('activity-sichuan.a5', [held(5)], { expectedRevision: 'no_stream' });
    for (let i = 0; i < 200 && lost.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(lost[0]).toBeInstanceOf(LeaseLostError);
    await runner.stop();
    expect(JSON.parse((await redis.get(documentKey(name, 1, 'sichuan')))!)).toEqual({ n: 'the new leader' });
    expect(await redis.get(checkpointKey(name, 1))).toBe(checkpoint);
  });
});
