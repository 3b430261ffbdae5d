export * from './command-context';
export * from './command-errors';
export * from './event-ids';
export * from './handle-command';
export * from './api-key-secret';
export * from './api-keys';
export * from './organization-profile';
export * from './create-tenant';
