export * from './grants-ledger.types';
export * from './grants-ledger.projection';
