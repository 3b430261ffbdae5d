export * from './config';
export * from './logger';
export * from './redis';
export * from './health';
export * from './event-store.module';
export * from './redis.module';
