import { Inject, Injectable, Logger, Module, type DynamicModule, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { EventStore } from '@assocflow/eventstore';
import type { EventStoreAdapter } from '@assocflow/eventstore/event-store.factory';
import { PROJECTIONS } from '@assocflow/projections';
import { DeliveryModule } from './delivery/delivery.module';
import {
  PROJECTION_COMMIT_INTERVAL_MS,
  PROJECTION_LEASE_MS,
  PROJECTION_LIST,
  ProjectionSupervisor,
} from './projections/projection-supervisor';
import { SchedulingModule } from './scheduling/scheduling.module';
import { checkHealth, EVENT_STORE, EVENT_STORE_ADAPTER, EventStoreModule, REDIS, RedisModule, type AppConfig } from '@assocflow/platform';

/** Until jobs are registered, the worker checks its connections, then idles until told to stop. */
@Injectable()
export class WorkerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Worker');
  private keepAlive?: NodeJS.Timeout;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_STORE_ADAPTER) private readonly adapter: EventStoreAdapter,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const report = await checkHealth({ store: this.store, adapter: this.adapter, redis: this.redis });
    if (report.status === 'ok') {
      this.logger.log('connected to the event store and Redis', {
        adapter: this.adapter,
        headPosition: report.eventStore.headPosition,
      });
    } else {
      // Not fatal: the Redis client reconnects by itself, and a store outage is reported by /health.
      this.logger.warn(`starting degraded, down: ${report.down!.join(', ')}`, { report });
    }
    // An application context has no server to keep the process alive.
    this.keepAlive = setInterval(() => undefined, 1 << 30);
  }

  onModuleDestroy(): void {
    clearInterval(this.keepAlive);
    this.logger.log('worker stopping');
  }
}

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        EventStoreModule.forRoot(config.eventStore),
        RedisModule.forRoot({ url: config.redisUrl, connectionName: 'assocflow-worker' }),
        DeliveryModule.forRoot(config),
        SchedulingModule.forRoot(config),
      ],
      providers: [
        WorkerService,
        ProjectionSupervisor,
        { provide: PROJECTION_LIST, useValue: PROJECTIONS },
        { provide: PROJECTION_COMMIT_INTERVAL_MS, useValue: config.projectionCommitIntervalMs },
        { provide: PROJECTION_LEASE_MS, useValue: config.projectionLeaseMs },
      ],
    };
  }
}
