import type Redis from 'ioredis';

/**
 * Leadership of one piece of work among worker replicas: a Redis key holding `owner:token`
 * with a time to live. Taking a free lease draws a new token from a counter that only grows,
 * so every leader has a higher token than the one before it. A leader renews before the time
 * runs out; when it pauses longer (GC, a stopped VM, a partition), another worker takes the
 * lease, and the old leader's writes are refused by the fence (`fencedWrite`, atomic-write.ts), which compares
 * the lease key with the token in the same Lua script that writes.
 */
export class RedisLease {
  private held?: string;

  constructor(
    private readonly redis: Redis,
    /** The work, e.g. `projection:yearly-summary`. */
    readonly name: string,
    /** This worker: unique per process. */
    readonly owner: string,
    readonly ttlMs: number,
  ) {}

  get key(): string {
    return leaseKey(this.name);
  }

  /** The fence value this holder writes under; undefined when it holds nothing. */
  get fence(): Fence | undefined {
    return this.held ? { key: this.key, value: this.held } : undefined;
  }

  get token(): number | undefined {
    return this.held ? Number(this.held.slice(this.held.lastIndexOf(':') + 1)) : undefined;
  }

  /** Takes the lease when it is free, or keeps it when it is this owner's; false when another holds it. */
  async acquire(): Promise<boolean> {
    const value = (await this.redis.eval(ACQUIRE, 2, this.key, tokenKey(this.name), this.owner, String(this.ttlMs))) as string | null;
    this.held = value ?? undefined;
    return value !== null;
  }

  /** Extends the lease; false (and nothing held) when it was lost. Rejects when Redis does not answer. */
  async renew(): Promise<boolean> {
    if (!this.held) return false;
    const kept = (await this.redis.eval(RENEW, 1, this.key, this.held, String(this.ttlMs))) as number;
    if (kept !== 1) this.held = undefined;
    return kept === 1;
  }

  /** Gives the lease up at once (graceful stop), so another worker need not wait for it to expire. */
  async release(): Promise<void> {
    const held = this.held;
    this.held = undefined;
    if (held) await this.redis.eval(RELEASE, 1, this.key, held);
  }
}

export interface Fence {
  key: string;
  value: string;
}

export const leaseKey = (name: string): string => `lease:${name}`;
const tokenKey = (name: string): string => `lease:${name}:token`;

/** A write refused because the lease it was made under is no longer the writer's. */
export class LeaseLostError extends Error {
  constructor(name: string) {
    super(`the lease ${name} is held by another worker now: this one stops writing`);
    this.name = 'LeaseLostError';
  }
}

const ACQUIRE = `
local current = redis.call('GET', KEYS[1])
if current then
  if string.sub(current, 1, string.len(ARGV[1]) + 1) == ARGV[1] .. ':' then
    redis.call('PEXPIRE', KEYS[1], ARGV[2])
    return current
  end
  return false
end
local value = ARGV[1] .. ':' .. redis.call('INCR', KEYS[2])
redis.call('SET', KEYS[1], value, 'PX', ARGV[2])
return value`;

const RENEW = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0`;

const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 1`;
