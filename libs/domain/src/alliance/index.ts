export * from './alliance.events';
export * from './alliance.commands';
export * from './alliance.errors';
export * from './alliance.decider';
export * from './alliance.stream';
export * from './alliance.upcasters';
export * from './alliance.references';
