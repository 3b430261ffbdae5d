export * from './branch-registry.types';
export * from './branch-registry.projection';
