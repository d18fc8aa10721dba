export * from './file-records';
