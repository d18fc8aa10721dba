import { runMigrations } from '@auditflow/persistence';

/** `node dist/libs/devstack/src/migrate.js`: applies pending migrations to DATABASE_URL (deployments run it once per release). */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  const applied = await runMigrations(url);
  console.log(applied.length ? `applied migrations: ${applied.join(', ')}` : 'database schema is up to date');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
