import type Redis from 'ioredis';
import type { EventStore } from '@assocflow/eventstore';
import type { Projection } from '../projection';
import { ProjectionRunner } from './projection-runner';
import { activeVersionKey, builtWithKey } from './read-model-keys';
import { ReadModelReader } from './read-model-reader';
import { deleteVersion } from './versions';

export interface RebuildProgress {
  position: bigint;
  head: bigint;
  events: number;
}

/**
 * Blue/green rebuild: builds the next version under its own key prefix from position 0 while
 * the serving version keeps answering, switches the active pointer in one SET once the new
 * version has caught up, then removes the old version's keys. Workers follow the pointer.
 */
export async function rebuildProjection<Doc>(
  store: EventStore,
  redis: Redis,
  projection: Projection<Doc>,
  options: { onProgress?: (progress: RebuildProgress) => void; batchSize?: number } = {},
): Promise<{ from: number; to: number; events: number }> {
  const serving = await new ReadModelReader(redis).servingVersion(projection.name, projection.version);
  const next = Math.max(serving, projection.version) + 1;
  await deleteVersion(redis, projection.name, next); // leftovers of an interrupted rebuild
  await redis.set(builtWithKey(projection.name, next), String(projection.version));
  const head = await store.headPosition();
  let events = 0;
  let resolveCaughtUp!: () => void;
  const caughtUp = new Promise<void>((resolve) => (resolveCaughtUp = resolve));
  const runner = new ProjectionRunner(store, redis, projection, {
    version: next,
    batchSize: options.batchSize ?? 2000,
    // Nobody reads a version being built: commit seldom (a crash loses at most this much work).
    catchUpCommitMs: 5_000,
    onBatch: ({ position, events: n, caughtUp: done }) => {
      events += n;
      options.onProgress?.({ position, head, events });
      if (done) resolveCaughtUp();
    },
  });
  await runner.start();
  await caughtUp;
  await runner.stop();
  await redis.set(activeVersionKey(projection.name), String(next));
  await deleteVersion(redis, projection.name, serving);
  return { from: serving, to: next, events };
}
