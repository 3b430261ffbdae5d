import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import type { Projection } from '../projection';
import { activeVersionKey, builtWithKey, checkpointKey, documentKey } from './read-model-keys';
import { versionToRun } from './versions';

const projectionAt = (name: string, version: number): Projection<unknown> => ({
  name,
  version,
  handles: [],
  keysOf: () => [],
  initial: () => ({}),
  evolve: (doc) => doc,
});

describe('versionToRun (real Redis)', () => {
  let redis: Redis;
  beforeAll(() => {
    redis = new Redis(process.env.REDIS_URL!);
  });
  afterAll(() => redis.quit());

  it('builds the code version first, and marks the build with it', async () => {
    const name = `p-${randomUUID()}`;
    expect(await versionToRun(redis, projectionAt(name, 3))).toEqual({ version: 3, activate: true });
    expect(await redis.get(builtWithKey(name, 3))).toBe('3');
  });

  it('runs on the serving version while the code that built it is the code running', async () => {
    const name = `p-${randomUUID()}`;
    await redis.mset(activeVersionKey(name), '5', builtWithKey(name, 5), '3'); // a `cli projections rebuild` of code 3
    expect(await versionToRun(redis, projectionAt(name, 3))).toEqual({ version: 5, activate: false });
  });

  it('builds the next version beside the serving one when the code changed, dropping what other code left there', async () => {
    const name = `p-${randomUUID()}`;
    await redis.mset(activeVersionKey(name), '5', builtWithKey(name, 5), '3');
    await redis.mset(builtWithKey(name, 6), '2', checkpointKey(name, 6), '99', documentKey(name, 6, 'x/2023'), '{}');
    expect(await versionToRun(redis, projectionAt(name, 4))).toEqual({ version: 6, activate: true, replaces: 5 });
    expect(await redis.mget(builtWithKey(name, 6), checkpointKey(name, 6), documentKey(name, 6, 'x/2023'))).toEqual(['4', null, null]);
    expect(await redis.get(activeVersionKey(name))).toBe('5');
    // Started again before it caught up (a restart mid-build): the same code resumes its build from its checkpoint.
    await redis.set(checkpointKey(name, 6), '42');
    expect(await versionToRun(redis, projectionAt(name, 4))).toEqual({ version: 6, activate: true, replaces: 5 });
    expect(await redis.get(checkpointKey(name, 6))).toBe('42');
  });

  it('builds again once a serving version that says nothing of its build', async () => {
    const name = `p-${randomUUID()}`;
    await redis.set(activeVersionKey(name), '6');
    expect(await versionToRun(redis, projectionAt(name, 6))).toEqual({ version: 7, activate: true, replaces: 6 });
  });
});
