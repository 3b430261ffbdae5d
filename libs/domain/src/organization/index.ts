export * from './organization.events';
export * from './organization.commands';
export * from './organization.errors';
export * from './organization.bylaws';
export * from './organization.decider';
export * from './organization.stream';
export * from './organization.upcasters';
