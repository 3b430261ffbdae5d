export * from './branch-registry';
export * from './meeting-register';
export * from './grants-ledger';
export * from './reports-register';
export * from './reminders-feed';
export * from './activity-ledger';
