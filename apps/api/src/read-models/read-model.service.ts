import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS } from '@assocflow/platform';
import { ReadModelReader, type Projection } from '@assocflow/projections';
import { TickBatchedReads } from './tick-batched-reads';

const WAIT_STEP_MS = 25;
/** A blue/green switch reaches the api's reads within this long. */
const ACTIVE_VERSION_CACHE_MS = 1_000;
/** How long ?minPosition= may hold a read for the projection to pass the position. */
export const MAX_WAIT_MS = 2_000;

export interface ReadResult<Doc> {
  doc: Doc | undefined;
  /** The projection's position when the document was read. */
  position: bigint;
  /** False when ?minPosition= was not reached in time: the answer may miss the client's write. */
  fresh: boolean;
}

/** GETs read projections only; ?minPosition= waits briefly for a client's own write. */
@Injectable()
export class ReadModelService {
  private readonly reader: ReadModelReader;

  constructor(@Inject(REDIS) redis: Redis) {
    const batched = new TickBatchedReads(redis);
    this.reader = new ReadModelReader(redis, { activeCacheMs: ACTIVE_VERSION_CACHE_MS, mgetBuffer: (keys) => batched.mgetBuffer(keys) });
  }

  async read<Doc>(projection: Projection<Doc>, key: string, minPosition?: bigint): Promise<ReadResult<Doc>> {
    const table = projection.rows?.table;
    if (table) return this.waitFor(minPosition, () => this.reader.get<Doc>(projection.name, projection.version, key, table));
    const { json, position, fresh } = await this.waitFor(minPosition, () => this.reader.getJson(projection.name, projection.version, key));
    return { doc: json === undefined ? undefined : (JSON.parse(json) as Doc), position, fresh };
  }

  /** The document as stored (its JSON, as bytes): see RenderedBodies. */
  readBytes(
    projection: Projection<unknown>,
    key: string,
    minPosition?: bigint,
  ): Promise<{ bytes: Buffer | undefined; position: bigint; fresh: boolean }> {
    return this.waitFor(minPosition, () => this.reader.getBytes(projection.name, projection.version, key));
  }

  /** Reads until the projection has passed minPosition, or MAX_WAIT_MS have passed. */
  private async waitFor<R extends { position: bigint }>(
    minPosition: bigint | undefined,
    read: () => Promise<R>,
  ): Promise<R & { fresh: boolean }> {
    const deadline = Date.now() + MAX_WAIT_MS;
    for (;;) {
      const result = await read();
      const fresh = minPosition === undefined || result.position >= minPosition;
      if (fresh || Date.now() >= deadline) return { ...result, fresh };
      await new Promise((r) => setTimeout(r, WAIT_STEP_MS));
    }
  }
}
