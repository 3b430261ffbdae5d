import { Global, Inject, Injectable, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { closeRedisClient, createRedisClient } from './redis';

/** Injection token of the shared ioredis client. */
export const REDIS = 'REDIS';

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await closeRedisClient(this.redis);
    new Logger('Redis').log('redis connection closed');
  }
}

/**
 * Provides one ioredis client under REDIS (see createRedisClient for its timeouts). The
 * application starts even when Redis is away: the client reconnects in the background and
 * /health reports Redis as down meanwhile.
 */
@Global()
@Module({})
export class RedisModule {
  /** autoPipelining: commands issued in the same tick go out in one write (the api's reads under load). */
  static forRoot(options: { url: string; connectionName?: string; autoPipelining?: boolean }): DynamicModule {
    return {
      module: RedisModule,
      providers: [
        {
          provide: REDIS,
          useFactory: (): Redis =>
            createRedisClient({
              url: options.url,
              connectionName: options.connectionName,
              logger: new Logger('Redis'),
              ...(options.autoPipelining ? { overrides: { enableAutoPipelining: true } } : {}),
            }),
        },
        RedisCloser,
      ],
      exports: [REDIS],
    };
  }
}
