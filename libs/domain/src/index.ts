export * from './shared/decider';
export * from './shared/domain-error';
export * from './shared/values';
export * from './shared/bylaws';
export * from './shared/upcasting';
export * as branch from './branch';
export * as apikey from './apikey';
