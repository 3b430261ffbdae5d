export * from './command-context';
export * from './command-errors';
export * from './event-ids';
export * from './handle-command';
