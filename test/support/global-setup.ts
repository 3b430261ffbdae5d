import { startRedis } from './redis-process';

/** One redis-server for the whole run; tests isolate themselves by key prefix or db. */
export default async function globalSetup(): Promise<void> {
  if (process.env.REDIS_URL) return;
  const redis = await startRedis();
  process.env.REDIS_URL = redis.url;
  (globalThis as Record<string, unknown>).__assocflowRedis = redis;
}
