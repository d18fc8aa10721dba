// The pieces of the local stack, for the tests and the launcher. Entry points (not exported): stack.ts (`npm start`),
// migrate.ts (deployments) and bundle-workflows.ts run as scripts.
export * from './bundle-workflows';
export * from './compiled-entry';
export * from './embedded-postgres';
export * from './free-port';
export * from './identity-provider';
export * from './mailbox';
export * from './mailbox-web';
export * from './managed-process';
export * from './newest-mtime';
export * from './pg-connect';
export * from './postgres';
export * from './repo-root';
export * from './s3-server';
export * from './supervisor';
export * from './temporal-cli';
export * from './temporal-dev-server';
export * from './temporal-server';
export * from './tls-certificates';
export * from './wait-for-health';
