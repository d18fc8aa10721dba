export * from './file-records';
export * from './retention-records';
