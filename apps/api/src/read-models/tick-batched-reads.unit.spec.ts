import type { Redis } from 'ioredis';
import { TickBatchedReads } from './tick-batched-reads';

/** A Redis whose MGET answers from a map and records what it was asked. */
function fakeRedis(values: Record<string, string>, fail = false) {
  const calls: string[][] = [];
  const redis = {
    mgetBuffer: async (keys: string[]) => {
      calls.push([...keys]);
      if (fail) throw new Error('redis away');
      return keys.map((k) => (k in values ? Buffer.from(values[k]) : null));
    },
  };
  return { redis: redis as unknown as Redis, calls };
}

const text = (values: (Buffer | null)[]) => values.map((v) => v?.toString() ?? null);

describe('TickBatchedReads', () => {
  it('sends the reads asked for in one turn as one MGET, each key once, and answers each read its own keys in order', async () => {
    const { redis, calls } = fakeRedis({ a: '1', b: '2', cp: '9' });
    const reads = new TickBatchedReads(redis);
    const answers = await Promise.all([
      reads.mgetBuffer(['a', 'cp']),
      reads.mgetBuffer(['b', 'cp']),
      reads.mgetBuffer(['a', 'cp']),
      reads.mgetBuffer(['x']),
    ]);
    expect(calls).toEqual([['a', 'cp', 'b', 'x']]);
    expect(answers.map(text)).toEqual([['1', '9'], ['2', '9'], ['1', '9'], [null]]);
  });

  it('starts a new batch for reads asked for after a batch was sent', async () => {
    const { redis, calls } = fakeRedis({ a: '1' });
    const reads = new TickBatchedReads(redis);
    expect(text(await reads.mgetBuffer(['a']))).toEqual(['1']);
    expect(text(await reads.mgetBuffer(['a']))).toEqual(['1']);
    expect(calls).toEqual([['a'], ['a']]);
  });

  it('fails every read of a batch whose MGET fails, and reads again afterwards', async () => {
    const failing = fakeRedis({}, true);
    const reads = new TickBatchedReads(failing.redis);
    const results = await Promise.allSettled([reads.mgetBuffer(['a']), reads.mgetBuffer(['b'])]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(failing.calls).toEqual([['a', 'b']]);
  });
});
