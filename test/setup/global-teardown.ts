import { dropDatabase } from '@auditflow/devstack';
import { takeTestStack } from './test-stack-handles';

export default async function globalTeardown(): Promise<void> {
  const { temporal, postgres, databaseUrl, identityProvider } = takeTestStack();
  const errors: string[] = [];
  const attempt = async (what: string, step: () => Promise<unknown>) => {
    try {
      await step();
    } catch (error) {
      errors.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  if (identityProvider) await attempt('stop the identity provider', () => identityProvider.stop());
  if (temporal) await attempt('stop Temporal', () => temporal.stop());
  if (postgres && databaseUrl) {
    const url = new URL(databaseUrl);
    const name = decodeURIComponent(url.pathname.slice(1));
    if (postgres.source !== 'embedded') await attempt(`drop database ${name}`, () => dropDatabase(postgres.url, name));
    await attempt('stop PostgreSQL', () => postgres.stop());
  }
  if (errors.length) throw new Error(`Integration test teardown failed:\n- ${errors.join('\n- ')}`);
}
