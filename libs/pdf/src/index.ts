export * from './chromium';
export * from './pdf-renderer';
