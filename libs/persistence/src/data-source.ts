import { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * What every Auditflow connection tells the planner: reading a page at random costs little more than reading the next
 * one. The read model is small and hot (cached, on SSD), but PostgreSQL's default (4) prices a random read as four
 * sequential ones, so a list joining a few hundred records to their audits read every audit instead (the compliance
 * lead's overdue tasks among 10,000 audits: p99 64 -> 30 ms). 1.1 is the usual value for such storage. An operator
 * overrides it with `options` in DATABASE_URL (`?options=-c%20random_page_cost%3D4`), which takes precedence.
 */
const PLANNER_SETTINGS = '-c random_page_cost=1.1';

/** TypeORM options for Auditflow's schema. The schema changes only through migrations. */
export function dataSourceOptions(url: string, overrides: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error', 'warn'],
    extra: { max: 10, connectionTimeoutMillis: 5000, options: PLANNER_SETTINGS },
    ...overrides,
  } as DataSourceOptions;
}

export function createDataSource(url: string, overrides: Partial<DataSourceOptions> = {}): DataSource {
  return new DataSource(dataSourceOptions(url, overrides));
}

/** Key of the session-level advisory lock that lets one migration run at a time on a database ("AUDITFLOW" in ASCII). */
export const MIGRATION_LOCK_KEY = 0x4155_4449_5446_4c4fn;

/**
 * Applies pending migrations and closes the connection again. Safe to run concurrently with a running app, and with
 * other runs of itself (two API instances, a migrate job): they queue on an advisory lock, and the later ones find
 * nothing left to apply.
 */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY.toString()]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    // Closing the session releases the lock too; unlocking first frees it for the next run without waiting for that.
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY.toString()]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}
