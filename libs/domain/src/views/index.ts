export * from './audits';
export * from './page';
export * from './tasks';
export * from './records';
export * from './audit-detail';
export * from './audit-state';
export * from './lists';
export * from './history';
