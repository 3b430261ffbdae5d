export * from './activity-ledger.types';
export * from './activity-ledger.projection';
