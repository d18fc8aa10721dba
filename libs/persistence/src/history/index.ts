export * from './changed-by';
export * from './programme-events';
export * from './auditor-events';
