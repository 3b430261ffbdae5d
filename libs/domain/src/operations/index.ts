export * from './operations.catalogue';
export * from './operations.events';
export * from './operations.commands';
export * from './operations.errors';
export * from './operations.decider';
export * from './operations.stream';
export * from './operations.upcasters';
