export * from './grant.events';
export * from './grant.commands';
export * from './grant.errors';
export * from './grant.decider';
export * from './grant-call.decider';
export * from './grant.stream';
export * from './grant.upcasters';
export * from './grant.references';
