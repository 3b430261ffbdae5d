import type { RedisProcess } from './redis-process';

export default async function globalTeardown(): Promise<void> {
  const redis = (globalThis as Record<string, unknown>).__assocflowRedis as RedisProcess | undefined;
  await redis?.stop();
}
