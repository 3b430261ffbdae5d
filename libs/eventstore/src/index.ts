export * from './event-store.port';
export * from './errors';
export * from './stream-name';
export * from './append-rules';
export { MemoryEventStore } from './memory/memory-event-store';
export { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite/sqlite-event-store';
