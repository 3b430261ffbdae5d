import type Redis from 'ioredis';
import { activeVersionKey, checkpointKey, documentKey, rowsKey } from './read-model-keys';

/**
 * Reads documents of the version that serves (the active one, else the code's own version).
 * With `activeCacheMs`, the active version is looked up at most that often per projection: a
 * switch then reaches reads that much later, and a read of the old version that lands between
 * the switch and the removal of its keys still finds them (the rebuild removes them after).
 */
export class ReadModelReader {
  private readonly active = new Map<string, { version: number; until: number }>();

  constructor(
    private readonly redis: Redis,
    private readonly options: {
      activeCacheMs?: number;
      /** How documents are read (default: the client's MGET), e.g. batched with other reads. */
      mgetBuffer?: (keys: string[]) => Promise<(Buffer | null)[]>;
    } = {},
  ) {}

  async servingVersion(name: string, fallback: number): Promise<number> {
    const ttl = this.options.activeCacheMs ?? 0;
    const cached = ttl > 0 ? this.active.get(name) : undefined;
    if (cached && cached.until > Date.now()) return cached.version;
    const active = await this.redis.get(activeVersionKey(name));
    const version = active ? Number(active) : fallback;
    if (ttl > 0 && active) this.active.set(name, { version, until: Date.now() + ttl });
    return version;
  }

  /**
   * The document and the projection's position, read together. `table` names the table of a
   * table-shaped document (Projection.rows), whose rows are read from their hash into it.
   */
  async get<Doc>(name: string, fallbackVersion: number, key: string, table?: string): Promise<{ doc: Doc | undefined; position: bigint }> {
    if (table) return this.getTable<Doc>(name, fallbackVersion, key, table);
    const { json, position } = await this.getJson(name, fallbackVersion, key);
    return { doc: json === undefined ? undefined : (JSON.parse(json) as Doc), position };
  }

  /** The document as stored (JSON text), for callers that can reuse what they made of it last time. */
  async getJson(name: string, fallbackVersion: number, key: string): Promise<{ json: string | undefined; position: bigint }> {
    const { bytes, position } = await this.getBytes(name, fallbackVersion, key);
    return { json: bytes?.toString('utf8'), position };
  }

  /** A table-shaped document: the document, its rows and the position in one MULTI, so all three are of one commit. */
  private async getTable<Doc>(
    name: string,
    fallbackVersion: number,
    key: string,
    table: string,
  ): Promise<{ doc: Doc | undefined; position: bigint }> {
    const version = await this.servingVersion(name, fallbackVersion);
    const results = await this.redis
      .multi()
      .get(documentKey(name, version, key))
      .hgetall(rowsKey(name, version, key))
      .get(checkpointKey(name, version))
      .exec();
    const [[, json], [, rows], [, position]] = (results ?? []) as [Error | null, unknown][];
    if (position === null && this.active.delete(name)) return this.getTable(name, fallbackVersion, key, table);
    if (typeof json !== 'string') return { doc: undefined, position: BigInt((position as string | null) ?? 0) };
    const doc = JSON.parse(json) as Record<string, unknown>;
    const parsed: Record<string, unknown> = {};
    for (const [id, row] of Object.entries((rows ?? {}) as Record<string, string>)) {
      Object.defineProperty(parsed, id, { value: JSON.parse(row), enumerable: true, writable: true, configurable: true });
    }
    doc[table] = parsed;
    return { doc: doc as Doc, position: BigInt((position as string | null) ?? 0) };
  }

  /** The document as stored, as bytes: for callers that compare it with what they read last time (no decoding). */
  async getBytes(name: string, fallbackVersion: number, key: string): Promise<{ bytes: Buffer | undefined; position: bigint }> {
    const version = await this.servingVersion(name, fallbackVersion);
    const [bytes, position] = await this.mgetBuffer([documentKey(name, version, key), checkpointKey(name, version)]);
    if (position === null && this.active.delete(name)) {
      // The cached version is gone (a rebuild switched and removed it): ask again.
      return this.getBytes(name, fallbackVersion, key);
    }
    return { bytes: bytes ?? undefined, position: BigInt(position?.toString() ?? 0) };
  }

  private mgetBuffer(keys: string[]): Promise<(Buffer | null)[]> {
    return this.options.mgetBuffer ? this.options.mgetBuffer(keys) : this.redis.mgetBuffer(keys);
  }
}
