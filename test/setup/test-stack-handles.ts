import type { ResolvedPostgres, RunningIdentityProvider, TemporalDevServer } from '@auditflow/devstack';

/** What global setup started, handed to global teardown (both run in Jest's main process). */
export interface TestStackHandles {
  temporal?: TemporalDevServer;
  postgres?: ResolvedPostgres;
  databaseUrl?: string;
  identityProvider?: RunningIdentityProvider;
}

const KEY = '__auditflowTestStack';

export function setTestStack(handles: TestStackHandles): void {
  (globalThis as Record<string, unknown>)[KEY] = handles;
}

export function takeTestStack(): TestStackHandles {
  const handles = ((globalThis as Record<string, unknown>)[KEY] ?? {}) as TestStackHandles;
  delete (globalThis as Record<string, unknown>)[KEY];
  return handles;
}
