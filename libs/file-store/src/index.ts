export * from './file-store';
export * from './postgres-file-store';
export * from './s3-file-store';
export * from './store-url';
export * from './content-type';
export * from './receive-upload';
export * from './verified-download';
