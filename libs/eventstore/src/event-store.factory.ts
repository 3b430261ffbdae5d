import type { EventStore } from './event-store.port';

export type EventStoreAdapter = 'sqlite' | 'esdb';

export interface EventStoreFactoryConfig {
  /** EVENTSTORE_CONNECTION_STRING: when set, KurrentDB/EventStoreDB is used. */
  connectionString?: string;
  /** SQLITE_PATH: the SQLite file used otherwise; its folder is created. */
  sqlitePath?: string;
}

export const DEFAULT_SQLITE_PATH = 'var/assocflow.sqlite';

/** Which adapter createEventStore picks for a configuration. */
export function eventStoreAdapterFor(config: EventStoreFactoryConfig): EventStoreAdapter {
  return config.connectionString ? 'esdb' : 'sqlite';
}

/**
 * The one place that knows the concrete adapters. Each is required lazily, so running on
 * SQLite never loads the gRPC client of EventStoreDB and running on EventStoreDB never loads
 * the native SQLite addon.
 */
export function createEventStore(config: EventStoreFactoryConfig): EventStore {
  if (eventStoreAdapterFor(config) === 'esdb') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose, see above
    const { EsdbEventStore } = require('./esdb/esdb-event-store') as typeof import('./esdb/esdb-event-store');
    return new EsdbEventStore(config.connectionString!);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose, see above
  const { SqliteEventStore } = require('./sqlite/sqlite-event-store') as typeof import('./sqlite/sqlite-event-store');
  return new SqliteEventStore({ path: config.sqlitePath ?? DEFAULT_SQLITE_PATH });
}
