import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { readRows, unfencedWrite, type WriteOp } from './atomic-write';

/** The commit script against a real Redis: many-field HSETs go in chunks, in order with the SETs and HDELs around them. */
describe('unfencedWrite (real Redis)', () => {
  let redis: Redis;
  beforeAll(() => {
    redis = new Redis(process.env.REDIS_URL!);
  });
  afterAll(() => redis.quit());

  it('applies 1,234 fields of one hash (three chunks), a delete between, and sets, in order', async () => {
    const hash = `aw-${randomUUID()}`;
    const other = `${hash}-other`;
    const ops: WriteOp[] = [];
    for (let i = 0; i < 1_234; i++) ops.push({ hset: hash, field: `f${i}`, value: `v${i}` });
    ops.push(
      { hdel: hash, field: 'f7' },
      { set: `${hash}-doc`, value: 'doc' },
      { hset: hash, field: 'f8', value: 'again' },
      { hset: other, field: 'x', value: 'y' },
    );
    await unfencedWrite(redis, ops);
    const fields = await redis.hgetall(hash);
    expect(Object.keys(fields)).toHaveLength(1_233);
    expect(fields.f0).toBe('v0');
    expect(fields.f1233).toBe('v1233');
    expect(fields.f7).toBeUndefined();
    expect(fields.f8).toBe('again');
    expect(await redis.hgetall(other)).toEqual({ x: 'y' });
    expect(await redis.get(`${hash}-doc`)).toBe('doc');
  });

  it('reads 2,345 fields of one hash back in order (HMGETs in chunks of 1,000), null for those not there', async () => {
    const hash = `rr-${randomUUID()}`;
    const other = `${hash}-other`;
    await unfencedWrite(redis, [
      ...Array.from({ length: 2_345 }, (_, i): WriteOp => ({ hset: hash, field: `f${i}`, value: `v${i}` })),
      { hset: other, field: 'x', value: 'y' },
    ]);
    const fields = Array.from({ length: 2_345 }, (_, i) => `f${2_344 - i}`).concat('missing');
    const values = await readRows(redis, [
      [hash, fields],
      [other, ['x', 'nope']],
    ]);
    expect(values).toEqual([...fields.slice(0, -1).map((f) => `v${f.slice(1)}`), null, 'y', null]);
  });
});
