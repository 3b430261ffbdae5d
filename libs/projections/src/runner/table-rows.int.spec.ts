import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import Redis from 'ioredis';
import { MemoryEventStore } from '@assocflow/eventstore';
import { activityLedgerProjection } from '../activity-ledger';
import { projectAll, type ProjectedEvent } from '../projection';
import { validActivityEvents } from '../testing/activity-events';
import { ProjectionRunner } from './projection-runner';
import { ReadModelReader } from './read-model-reader';
import { documentKey, rowsKey } from './read-model-keys';

/**
 * A table-shaped projection (Projection.rows) through the real runner and Redis: rows kept as a
 * hash and loaded per batch must give what the in-memory fold of whole documents gives, in any
 * batch size, with commits between and a restart in the middle.
 */
describe('ProjectionRunner with a table-shaped document (activity ledger, real Redis)', () => {
  let redis: Redis;
  beforeAll(() => {
    redis = new Redis(process.env.REDIS_URL!);
  });
  afterAll(() => redis.quit());

  const run = async (store: MemoryEventStore, name: string, batchSize: number, upTo: bigint) => {
    const projection = { ...activityLedgerProjection, name };
    const runner = new ProjectionRunner(store, redis, projection, { batchSize, catchUpCommitMs: 0, lingerMs: 1 });
    await runner.start();
    for (let i = 0; i < 500 && runner.checkpoint < upTo; i++) await new Promise((r) => setTimeout(r, 5));
    await runner.stop();
    expect(runner.checkpoint).toBe(upTo);
  };

  it('equals projectAll for valid sequences, in any batch size, across a restart', () =>
    fc.assert(
      fc.asyncProperty(validActivityEvents, fc.integer({ min: 1, max: 9 }), fc.nat(), async (events: ProjectedEvent[], batchSize, cut) => {
        const name = `ledger-${randomUUID()}`;
        const store = new MemoryEventStore();
        const half = cut % (events.length + 1);
        const append = async (from: number, to: number) => {
          let last = 0n;
          for (const e of events.slice(from, to)) {
            last = (
              await store.append(e.streamId, [{ id: randomUUID(), type: e.type, data: e.data, metadata: e.metadata }], {
                expectedRevision: 'any',
              })
            ).position;
          }
          return last;
        };
        const first = await append(0, half);
        if (first > 0n) await run(store, name, batchSize, first);
        const last = await append(half, events.length);
        await run(store, name, batchSize, last > 0n ? last : first);

        const expected = projectAll(activityLedgerProjection, events);
        const reader = new ReadModelReader(redis);
        for (const [key, doc] of expected) {
          const { doc: stored } = await reader.get(name, activityLedgerProjection.version, key, 'activities');
          expect(stored).toEqual(JSON.parse(JSON.stringify(doc)));
        }
        // The document itself holds no rows: they are in the hash.
        for (const key of expected.keys()) {
          expect(JSON.parse((await redis.get(documentKey(name, activityLedgerProjection.version, key)))!).activities).toEqual({});
          expect(await redis.type(rowsKey(name, activityLedgerProjection.version, key))).toMatch(/hash|none/);
        }
      }),
      { numRuns: 25 },
    ));
});
