export * from './clock';
export * from './calendar';
export * from './timer';
export * from './schedule-state';
export * from './desired-timers';
