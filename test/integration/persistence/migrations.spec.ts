import { DataSource } from 'typeorm';
import { createDataSource, MIGRATIONS, runMigrations } from '@auditflow/persistence';
import { createOwnDatabase } from './test-database';

const TABLES = [
  'api_tokens',
  'audit_checklist_items',
  'audit_documents',
  'audit_events',
  'audit_evidence',
  'audit_findings',
  'audit_follow_ups',
  'audit_meetings',
  'audit_plan_versions',
  'audit_report_versions',
  'audit_tasks',
  'audit_team_members',
  'audit_work_assignments',
  'auditor_events',
  'auditors',
  'audits',
  'corrective_actions',
  'failed_writes',
  'file_chunks',
  'files',
  'idempotency_keys',
  'legal_holds',
  'notifications',
  'people',
  'planned_mail',
  'programme_events',
  'programme_run_events',
  'programme_runs',
  'programme_tasks',
  'programmes',
  'retention_extensions',
  'security_events',
  'sessions',
  'sign_in_links',
  'sign_in_requests',
  'sso_sign_ins',
];

async function tables(dataSource: DataSource): Promise<string[]> {
  const rows: Array<{ tablename: string }> = await dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations' ORDER BY tablename`);
  return rows.map((row) => row.tablename);
}

// Always a database of its own: migrating down would pull the schema from under other suites.
describe('schema migrations', () => {
  let database: { url: string; drop(): Promise<void> };
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createOwnDatabase();
    expect(await runMigrations(database.url)).toEqual(MIGRATIONS.map((migration) => migration.name));
    dataSource = createDataSource(database.url);
    await dataSource.initialize();
  });

  afterAll(async () => {
    if (dataSource?.isInitialized) await dataSource.destroy();
    await database.drop();
  });

  it('creates every table, runs down to nothing, and up again cleanly', async () => {
    expect(await runMigrations(database.url)).toEqual([]);
    expect(await tables(dataSource)).toEqual(TABLES);

    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables(dataSource)).toEqual([]);
    const functions: unknown[] = await dataSource.query(`SELECT proname FROM pg_proc WHERE proname IN ('audit_events_reject_update', 'audit_events_reject_removal', 'history_reject_change')`);
    expect(functions).toEqual([]);

    await dataSource.runMigrations({ transaction: 'each' });
    expect(await tables(dataSource)).toEqual(TABLES);
  });

  // Entities map columns; indexes, checks, foreign keys and the trigger live in the migration only, so TypeORM's
  // wish to drop those is expected. Any other difference means an entity and the migration disagree on a column.
  it('matches the entities column for column', async () => {
    const log = await dataSource.driver.createSchemaBuilder().log();
    const differences = log.upQueries.map((query) => query.query).filter((query) => !/^(DROP INDEX|ALTER TABLE "\w+" DROP CONSTRAINT)/.test(query));
    expect(differences).toEqual([]);
  });

  it('applies each migration once when several instances start at the same moment (they queue on a lock)', async () => {
    const fresh = await createOwnDatabase();
    try {
      const runs = await Promise.all([runMigrations(fresh.url), runMigrations(fresh.url), runMigrations(fresh.url)]);
      expect(runs.flat().sort()).toEqual(MIGRATIONS.map((migration) => migration.name).sort());
      expect(runs.filter((applied) => applied.length > 0)).toHaveLength(1);
    } finally {
      await fresh.drop();
    }
  });
});
