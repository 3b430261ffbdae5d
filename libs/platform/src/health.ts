import type { EventStore } from '@assocflow/eventstore';
import type { EventStoreAdapter } from '@assocflow/eventstore/event-store.factory';
import type { Redis } from 'ioredis';
import { redisConnectionError } from './redis';
import { withTimeout } from './timeouts';

export type ComponentStatus = 'up' | 'down';

export interface EventStoreHealth {
  status: ComponentStatus;
  adapter: EventStoreAdapter;
  /** Global position of the last event, as a decimal string (bigint does not fit JSON). */
  headPosition?: string;
  error?: string;
}

export interface RedisHealth {
  status: ComponentStatus;
  error?: string;
}

export interface HealthReport {
  status: 'ok' | 'degraded';
  /** Only when degraded: the components that are down. */
  down?: Array<'eventStore' | 'redis'>;
  eventStore: EventStoreHealth;
  redis: RedisHealth;
}

export interface HealthDependencies {
  store: EventStore;
  adapter: EventStoreAdapter;
  redis: Redis;
  /** Longest wait for each check; a check that takes longer counts as down. */
  timeoutMs?: number;
}

/** Checks the event store (reads its head position) and Redis (PING) in parallel. */
export async function checkHealth(deps: HealthDependencies): Promise<HealthReport> {
  const timeoutMs = deps.timeoutMs ?? 2_000;
  const [eventStore, redis] = await Promise.all([
    withTimeout(deps.store.headPosition(), timeoutMs, 'event store head position').then(
      (head): EventStoreHealth => ({ status: 'up', adapter: deps.adapter, headPosition: head.toString() }),
      (error: unknown): EventStoreHealth => ({ status: 'down', adapter: deps.adapter, error: messageOf(error) }),
    ),
    withTimeout(deps.redis.ping(), timeoutMs, 'redis PING').then(
      (): RedisHealth => ({ status: 'up' }),
      (error: unknown): RedisHealth => {
        const cause = redisConnectionError(deps.redis);
        return { status: 'down', error: cause ? `cannot connect: ${cause.message}` : messageOf(error) };
      },
    ),
  ]);
  const down: NonNullable<HealthReport['down']> = [];
  if (eventStore.status === 'down') down.push('eventStore');
  if (redis.status === 'down') down.push('redis');
  return down.length === 0 ? { status: 'ok', eventStore, redis } : { status: 'degraded', down, eventStore, redis };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
