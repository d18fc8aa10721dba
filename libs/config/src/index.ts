export * from './config';
export * from './temporal-connection';
export * from './worker-heap';
export * from './api-heap';
