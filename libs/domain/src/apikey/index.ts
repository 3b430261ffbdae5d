export * from './apikey.events';
export * from './apikey.commands';
export * from './apikey.errors';
export * from './apikey.decider';
export * from './apikey.stream';
export * from './apikey.upcasters';
export * from './apikey.listing';
