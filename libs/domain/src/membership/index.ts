export * from './membership.events';
export * from './membership.commands';
export * from './membership.errors';
export * from './membership.decider';
export * from './membership.stream';
export * from './membership.upcasters';
