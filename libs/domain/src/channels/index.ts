export * from './channels.events';
export * from './channels.commands';
export * from './channels.errors';
export * from './channels.decider';
export * from './channels.stream';
export * from './channels.upcasters';
