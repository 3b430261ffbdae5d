import { Global, Inject, Injectable, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { EventStore } from '@assocflow/eventstore';
import { createEventStore, eventStoreAdapterFor, type EventStoreFactoryConfig } from '@assocflow/eventstore/event-store.factory';

/** Injection token of the EventStore port. */
export const EVENT_STORE = 'EVENT_STORE';
/** Injection token of the adapter name behind it: 'sqlite' | 'esdb'. */
export const EVENT_STORE_ADAPTER = 'EVENT_STORE_ADAPTER';

@Injectable()
class EventStoreCloser implements OnApplicationShutdown {
  private readonly logger = new Logger('EventStore');

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
    this.logger.log('event store closed');
  }
}

/**
 * Provides the EventStore picked by createEventStore (EventStoreDB when a connection string
 * is configured, SQLite otherwise) to the whole application and closes it on shutdown, after
 * the HTTP server has stopped taking requests.
 */
@Global()
@Module({})
export class EventStoreModule {
  static forRoot(config: EventStoreFactoryConfig): DynamicModule {
    const adapter = eventStoreAdapterFor(config);
    return {
      module: EventStoreModule,
      providers: [
        { provide: EVENT_STORE_ADAPTER, useValue: adapter },
        {
          provide: EVENT_STORE,
          useFactory: (): EventStore => {
            const store = createEventStore(config);
            new Logger('EventStore').log(
              adapter === 'esdb' ? 'using EventStoreDB' : `using SQLite at ${config.sqlitePath ?? 'the default path'}`,
            );
            return store;
          },
        },
        EventStoreCloser,
      ],
      exports: [EVENT_STORE, EVENT_STORE_ADAPTER],
    };
  }
}
