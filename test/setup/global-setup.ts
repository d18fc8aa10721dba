// Starts what integration tests share: one in-memory Temporal dev server, a fresh migrated database and the
// workflow bundle. Tests find them through TEST_* environment variables. Anything missing fails the run.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { bundleWorkflows, createThrowawayDatabase, freePort, REPO_ROOT, ResolvedPostgres, resolvePostgres, resolveTemporalCli, RunningIdentityProvider, startIdentityProvider, startTemporalDevServer, TemporalDevServer } from '@auditflow/devstack';
import { runMigrations } from '@auditflow/persistence';
import { SAMPLE_STAFF } from '@auditflow/samples';
import { TEST_OIDC_CLIENT } from '../support/test-identity';
import teardown from './global-teardown';
import { setTestStack, TestStackHandles } from './test-stack-handles';

const TMP = join(REPO_ROOT, 'test', '.tmp');

async function startTemporal(): Promise<TemporalDevServer> {
  const cliPath = await resolveTemporalCli();
  const logFile = join(TMP, 'temporal.log');
  rmSync(logFile, { force: true });
  return startTemporalDevServer({ cliPath, port: await freePort(), logFile });
}

async function startDatabase(): Promise<{ postgres: ResolvedPostgres; databaseUrl: string }> {
  const postgres = await resolvePostgres({
    databaseUrl: process.env.DATABASE_URL,
    forceEmbedded: process.env.AUDITFLOW_FORCE_EMBEDDED_POSTGRES === '1',
    embedded: { dir: join(TMP, `postgres-${process.pid}`), port: 0, persistent: false },
    log: (line) => process.stderr.write(`${line}\n`),
  });
  try {
    const databaseUrl = await createThrowawayDatabase(postgres.url);
    await runMigrations(databaseUrl);
    return { postgres, databaseUrl };
  } catch (error) {
    await postgres.stop();
    throw error;
  }
}

/**
 * The test identity provider: the sample organisation's staff as accounts, and one client for every test API. The
 * client is a native app in OAuth terms only so that its loopback redirect URI may use any port (RFC 8252 7.3): each
 * test file's API listens on a port of its own.
 */
function startTestIdentityProvider(): Promise<RunningIdentityProvider> {
  return startIdentityProvider({
    port: 0,
    accounts: SAMPLE_STAFF,
    clients: [{ ...TEST_OIDC_CLIENT, redirectUris: ['http://127.0.0.1/auth/sso/callback'], applicationType: 'native' }],
    rolesClaim: TEST_OIDC_CLIENT.rolesClaim,
    accessTokenAudience: TEST_OIDC_CLIENT.clientId,
    keysFile: join(TMP, `oidc-keys-${process.pid}.json`),
    logFile: join(TMP, 'identity-provider.log'),
  });
}

export default async function globalSetup(): Promise<void> {
  mkdirSync(TMP, { recursive: true });
  const started = Date.now();
  const [temporal, database, bundle, identityProvider] = await Promise.allSettled([
    startTemporal(),
    startDatabase(),
    bundleWorkflows(join(TMP, 'workflow-bundle.js')),
    startTestIdentityProvider(),
  ]);
  const handles: TestStackHandles = {
    temporal: temporal.status === 'fulfilled' ? temporal.value : undefined,
    postgres: database.status === 'fulfilled' ? database.value.postgres : undefined,
    databaseUrl: database.status === 'fulfilled' ? database.value.databaseUrl : undefined,
    identityProvider: identityProvider.status === 'fulfilled' ? identityProvider.value : undefined,
  };
  setTestStack(handles);
  const failures = [
    temporal.status === 'rejected' && `Temporal dev server: ${String(temporal.reason?.message ?? temporal.reason)}`,
    database.status === 'rejected' && `PostgreSQL: ${String(database.reason?.message ?? database.reason)}`,
    bundle.status === 'rejected' && `workflow bundle: ${String(bundle.reason?.message ?? bundle.reason)}`,
    identityProvider.status === 'rejected' && `identity provider: ${String(identityProvider.reason?.message ?? identityProvider.reason)}`,
  ].filter(Boolean);
  if (failures.length) {
    await teardown();
    throw new Error(`The integration test stack could not start:\n- ${failures.join('\n- ')}`);
  }
  const { postgres, databaseUrl } = (database as PromiseFulfilledResult<{ postgres: ResolvedPostgres; databaseUrl: string }>).value;
  process.env.TEST_TEMPORAL_ADDRESS = handles.temporal!.address;
  process.env.TEST_DATABASE_URL = databaseUrl;
  process.env.TEST_WORKFLOW_BUNDLE = (bundle as PromiseFulfilledResult<string>).value;
  process.env.TEST_OIDC_ISSUER = handles.identityProvider!.issuer;
  process.env.TEST_OIDC_KEYS_FILE = handles.identityProvider!.keysFile;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const databaseName = new URL(databaseUrl).pathname.slice(1);
  process.stderr.write(`\nintegration stack up in ${seconds} s: Temporal ${handles.temporal!.address}, database ${databaseName} (${postgres.source})\n`);
}
