import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createThrowawayDatabase, dropDatabase, MACHINE_POSTGRES_URL, withDatabase } from '@auditflow/devstack';
import { createDataSource, runMigrations } from '@auditflow/persistence';

export interface TestDatabase {
  url: string;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** A superuser URL on the server the tests use: the global setup's server, or the machine's own. */
export function adminUrl(): string {
  const shared = process.env.TEST_DATABASE_URL;
  return shared ? withDatabase(shared, 'postgres') : (process.env.TEST_POSTGRES_ADMIN_URL ?? MACHINE_POSTGRES_URL);
}

/** A fresh, unmigrated database of our own, dropped again by `drop`. */
export async function createOwnDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = adminUrl();
  const url = await createThrowawayDatabase(admin, 'auditflow_persistence');
  return { url, drop: () => dropDatabase(admin, decodeURIComponent(new URL(url).pathname.slice(1))) };
}

/**
 * The migrated database to record into: the run's shared TEST_DATABASE_URL when the global setup provides one
 * (tests then scope every assertion to their own audits and people), otherwise a throwaway database of our own.
 */
export async function openTestDatabase(): Promise<TestDatabase> {
  const shared = process.env.TEST_DATABASE_URL;
  const own = shared ? undefined : await createOwnDatabase();
  const url = shared ?? own!.url;
  await runMigrations(url);
  // Some tests provoke errors on purpose; TypeORM's error log would only add noise.
  const dataSource = createDataSource(url, { logging: false });
  await dataSource.initialize();
  return {
    url,
    dataSource,
    async close() {
      await dataSource.destroy();
      await own?.drop();
    },
  };
}

/** The migrated test database for the surrounding `describe`: opened before its tests, closed after them. */
export function useTestDatabase(): { readonly dataSource: DataSource; readonly url: string } {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database?.close());
  const opened = (): TestDatabase => {
    if (!database) throw new Error('the test database is opened in beforeAll: use it inside a test');
    return database;
  };
  return {
    get dataSource(): DataSource {
      return opened().dataSource;
    },
    get url(): string {
      return opened().url;
    },
  };
}

/** Programmes are written by the API; tests insert one directly because audits reference it. */
export async function insertProgramme(dataSource: DataSource, people: { manager: string; complianceLead: string; complianceLeadName?: string }): Promise<string> {
  const [{ id }] = (await dataSource.query(
    `INSERT INTO programmes (name, objectives, manager_email, manager_name, compliance_lead_email, compliance_lead_name, status, approved_by, approved_at)
     VALUES ('Test programme', '["certification readiness"]', $1, 'Programme Manager', $2, $3, 'approved', 'audit client', now())
     RETURNING id`,
    [people.manager, people.complianceLead, people.complianceLeadName ?? 'Compliance Lead'],
  )) as Array<{ id: string }>;
  return id;
}
