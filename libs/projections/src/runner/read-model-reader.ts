import type Redis from 'ioredis';
import { activeVersionKey, checkpointKey, documentKey } from './read-model-keys';

/** Reads documents of the version that serves (the active one, else the code's own version). */
export class ReadModelReader {
  constructor(private readonly redis: Redis) {}

  async servingVersion(name: string, fallback: number): Promise<number> {
    const active = await this.redis.get(activeVersionKey(name));
    return active ? Number(active) : fallback;
  }

  /** The document and the projection's position, read together. */
  async get<Doc>(name: string, fallbackVersion: number, key: string): Promise<{ doc: Doc | undefined; position: bigint }> {
    const version = await this.servingVersion(name, fallbackVersion);
    const [doc, position] = await this.redis.mget(documentKey(name, version, key), checkpointKey(name, version));
    return { doc: doc === null ? undefined : (JSON.parse(doc) as Doc), position: BigInt(position ?? 0) };
  }
}
