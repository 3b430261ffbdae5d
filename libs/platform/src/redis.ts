import { withTimeout } from './timeouts';
import { Logger } from '@nestjs/common';
import { Redis, type RedisOptions } from 'ioredis';

export interface RedisClientOptions {
  url: string;
  /** Name shown in CLIENT LIST and in the logs. */
  connectionName?: string;
  logger?: Pick<Logger, 'log' | 'warn'>;
  /** Override any ioredis option (BullMQ connections need maxRetriesPerRequest: null). */
  overrides?: RedisOptions;
}

/**
 * An ioredis client that never blocks a caller for long when Redis is away: connecting gives
 * up after 2 s, a command waiting for a connection fails after one reconnection attempt, and
 * the client keeps reconnecting in the background (at most every 2 s) so it recovers on its
 * own. Connection errors are logged once per outage instead of once per attempt.
 */
export function createRedisClient(options: RedisClientOptions): Redis {
  const logger = options.logger ?? new Logger('Redis');
  const client = new Redis(options.url, {
    connectionName: options.connectionName,
    connectTimeout: 2_000,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    // ioredis arms this timer even when the socket is already gone (disconnect during an
    // outage) and it then holds the process for its whole length: keep it short.
    disconnectTimeout: 500,
    ...options.overrides,
  });
  let outage = false;
  client.on('ready', () => {
    if (outage) logger.log('redis connection restored');
    outage = false;
    connectionErrors.delete(client);
  });
  client.on('error', (error: Error) => {
    connectionErrors.set(client, error);
    if (outage) return;
    outage = true;
    logger.warn(`redis connection failed, retrying in the background: ${error.message}`);
  });
  return client;
}

const connectionErrors = new WeakMap<Redis, Error>();

/** Why a client made by createRedisClient is not connected, if it is not. */
export function redisConnectionError(client: Redis): Error | undefined {
  return client.status === 'ready' ? undefined : connectionErrors.get(client);
}

/** QUIT when connected (lets pending replies arrive), otherwise just drop the socket. */
export async function closeRedisClient(client: Redis): Promise<void> {
  if (client.status === 'end') return;
  if (client.status === 'ready') {
    try {
      await withTimeout(client.quit(), 2_000, 'redis QUIT');
      return;
    } catch {
      // fall through to a hard disconnect
    }
  }
  client.disconnect(false);
}
