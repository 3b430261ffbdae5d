export * from './activity.events';
export * from './activity.commands';
export * from './activity.errors';
export * from './activity.decider';
export * from './activity.stream';
export * from './activity.upcasters';
export * from './activity.references';
