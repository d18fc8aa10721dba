export * from './file-types';
export * from './attached-file';
export * from './request-payload';
export * from './file-access';
export * from './unattached-uploads';
