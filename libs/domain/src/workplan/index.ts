export * from './indicator-keys';
export * from './workplan.events';
export * from './workplan.commands';
export * from './workplan.errors';
export * from './workplan.decider';
export * from './workplan.stream';
export * from './workplan.upcasters';
