export * from './reports-register.types';
export * from './reports-register.projection';
