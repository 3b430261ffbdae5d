export * from './report.events';
export * from './report.commands';
export * from './report.errors';
export * from './report.decider';
export * from './report.stream';
export * from './report.upcasters';
export * from './report.references';
