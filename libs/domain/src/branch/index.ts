export * from './branch.events';
export * from './branch.commands';
export * from './branch.errors';
export * from './branch.decider';
export * from './branch.stream';
export * from './branch.upcasters';
