export * from './work.catalogue';
export * from './work.events';
export * from './work.commands';
export * from './work.errors';
export * from './work.decider';
export * from './work.stream';
export * from './work.upcasters';
export * from './work.references';
