import type { Redis } from 'ioredis';
import { PROJECTIONS, ReadModelReader, checkpointKey, type Projection } from '@assocflow/projections';

export interface ProjectionLag {
  name: string;
  version: number;
  checkpoint: string;
  /** Head position minus checkpoint: how far the read model is behind the log. */
  lag: string;
}

/** Lag of every projection's serving version; empty when Redis cannot answer. */
export async function projectionLags(
  redis: Redis,
  head: bigint | undefined,
  projections: Projection<unknown>[] = PROJECTIONS,
): Promise<ProjectionLag[]> {
  if (head === undefined) return [];
  const reader = new ReadModelReader(redis);
  try {
    return await Promise.all(
      projections.map(async (p) => {
        const version = await reader.servingVersion(p.name, p.version);
        const checkpoint = BigInt((await redis.get(checkpointKey(p.name, version))) ?? 0);
        const lag = head > checkpoint ? head - checkpoint : 0n;
        return { name: p.name, version, checkpoint: checkpoint.toString(), lag: lag.toString() };
      }),
    );
  } catch {
    return [];
  }
}
