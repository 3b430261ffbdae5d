export * from './reminder.events';
export * from './reminder.commands';
export * from './reminder.errors';
export * from './reminder.decider';
export * from './reminder.stream';
export * from './reminder.upcasters';
