export * from './reminders-feed.types';
export * from './reminders-feed.projection';
