export * from './audit-detail';
export * from './audit-summary';
export * from './list-audits';
export * from './list-tasks';
export * from './overdue-digest';
export * from './source';
export * from './task-view';
export * from './timeline';
