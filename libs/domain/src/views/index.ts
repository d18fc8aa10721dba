export * from './audits';
export * from './page';
export * from './tasks';
