export * from './indicator.events';
export * from './indicator.commands';
export * from './indicator.errors';
export * from './indicator.decider';
export * from './indicator.stream';
export * from './indicator.upcasters';
