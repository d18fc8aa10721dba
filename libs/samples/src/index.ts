// Sample people, a sample audit and an API client that drives it: used by `npm run demo` (demo.ts, not exported),
// the tests and the benchmarks.
export * from './client';
export * from './development-sign-in';
export * from './http-audit-port';
export * from './launch-sample-audit';
export * from './sample-audit';
export * from './sample-audit-script';
export * from './sample-people';
