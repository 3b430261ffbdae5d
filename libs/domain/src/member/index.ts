export * from './member.events';
export * from './member.commands';
export * from './member.errors';
export * from './member.decider';
export * from './member.stream';
export * from './member.upcasters';
