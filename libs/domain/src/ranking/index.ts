export * from './ranking.events';
export * from './ranking.commands';
export * from './ranking.errors';
export * from './ranking.decider';
export * from './ranking.stream';
export * from './ranking.upcasters';
export * from './ranking.references';
