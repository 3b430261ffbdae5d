export * from './meeting.events';
export * from './meeting.commands';
export * from './meeting.errors';
export * from './meeting.rules';
export * from './meeting.decider';
export * from './meeting.stream';
export * from './meeting.upcasters';
export * from './meeting-totals.decider';
