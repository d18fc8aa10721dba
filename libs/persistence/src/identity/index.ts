export * from './people';
export * from './sessions';
export * from './sign-in-links';
export * from './api-tokens';
export * from './security-events';
export * from './idempotency-keys';
