export * from './config';
export * from './logger';
export * from './redis';
export * from './timeouts';
export * from './health';
export * from './event-store.module';
export * from './redis.module';
export * from './secret-box';
