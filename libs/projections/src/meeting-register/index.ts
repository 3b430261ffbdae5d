export * from './meeting-register.types';
export * from './meeting-register.projection';
