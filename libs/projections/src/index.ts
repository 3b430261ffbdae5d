export * from './projection';
export * from './runner/read-model-keys';
export * from './runner/to-projected-event';
export * from './runner/projection-runner';
export * from './runner/read-model-reader';
export * from './runner/rebuild';
export * from './runner/versions';
export { completePage } from './runner/complete-from-stream';
export * from './registry';
