export * from './honor.events';
export * from './honor.commands';
export * from './honor.errors';
export * from './honor.decider';
export * from './honor.stream';
export * from './honor.upcasters';
export * from './honor.references';
