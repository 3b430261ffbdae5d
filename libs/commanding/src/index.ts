export * from './command-context';
export * from './command-errors';
export * from './event-ids';
export * from './handle-command';
export * from './api-key-secret';
export * from './issue-api-key';
export * from './organization-profile';
