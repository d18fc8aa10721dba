// Temporal's own server (the production shape, issue 15) instead of the dev server: schemas by its schema tool on
// PostgreSQL, configuration from docker/temporal-server, namespace and search attributes through the CLI. An Auditflow
// worker runs a workflow on it, and the run is found again through advanced visibility by a custom search attribute.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { AUDIT_SEARCH_ATTRIBUTES } from '@auditflow/domain';
import { createThrowawayDatabase, dropDatabase, REPO_ROOT, resolveTemporalCli, resolveTemporalServer, startTemporalServer, TemporalServer, withClient, withDatabase } from '@auditflow/devstack';
import { runMigrations } from '@auditflow/persistence';
import { AuditPhaseKey, AuditProgrammeKey } from '@auditflow/workflows/client';
import { adminUrl } from './persistence/test-database';
import { eventually, startMailbox, startWorker, testConfig, TestMailbox, TestWorker } from '../support/test-stack';

// A cold build of the server and its schema tool takes 10-20 minutes on two cores; afterwards both come from the cache.
const BUILD_AND_START_TIMEOUT_MS = 40 * 60_000;

describe("Temporal's own server on PostgreSQL", () => {
  let server: TemporalServer | undefined;
  let databaseUrl: string | undefined;
  let mail: TestMailbox;
  let worker: TestWorker;
  let connection: Connection;
  let client: Client;
  let taskQueue: string;

  beforeAll(async () => {
    const serverDir = await resolveTemporalServer().catch((error: Error) => {
      throw new Error(
        `Temporal's own server and temporal-sql-tool are missing and could not be built (node scripts/ensure-temporal-server.mjs builds them, ` +
          `or set TEMPORAL_SERVER_DIR to a directory holding both and schema/postgresql/v12): ${error.message}`,
      );
    });
    server = await startTemporalServer({
      serverDir,
      cliPath: await resolveTemporalCli(),
      postgresUrl: adminUrl(),
      logFile: join(REPO_ROOT, 'test', '.tmp', 'temporal-server.log'),
    });
    // A database of its own: the digest reads and marks mail, which must not touch what other test files queued.
    databaseUrl = await createThrowawayDatabase(adminUrl(), 'auditflow_temporal_server');
    await runMigrations(databaseUrl);
    mail = await startMailbox();
    const config = testConfig({ TEMPORAL_ADDRESS: server.address, SMTP_URL: mail.smtpUrl, DATABASE_URL: databaseUrl });
    taskQueue = config.TEMPORAL_TASK_QUEUE;
    worker = await startWorker(config);
    connection = await Connection.connect({ address: server.address });
    client = new Client({ connection, namespace: server.namespace });
  }, BUILD_AND_START_TIMEOUT_MS);

  afterAll(async () => {
    await worker?.stop();
    await connection?.close();
    await mail?.stop();
    await server?.stop();
    await server?.dropDatabases();
    if (databaseUrl) await dropDatabase(adminUrl(), decodeURIComponent(new URL(databaseUrl).pathname.slice(1)));
  });

  it("registers the namespace with Auditflow's custom search attributes", async () => {
    const { customAttributes } = await connection.operatorService.listSearchAttributes({ namespace: server!.namespace });
    expect(Object.keys(customAttributes ?? {}).sort()).toEqual(Object.keys(AUDIT_SEARCH_ATTRIBUTES).sort());
  });

  it('runs the overdue digest on an Auditflow worker and finds the run by a custom search attribute', async () => {
    const marker = `temporal-server-${randomBytes(4).toString('hex')}`;
    const workflowId = `overdue-digest-${marker}`;
    // The front end takes new search attributes once its namespace cache has them (it refreshes every few seconds):
    // until then a start naming one is refused, and nothing starts.
    const handle = await eventually(
      async () => {
        try {
          return await client.workflow.start('overdueDigest', {
            workflowId,
            taskQueue,
            args: [],
            typedSearchAttributes: [
              { key: AuditProgrammeKey, value: marker },
              { key: AuditPhaseKey, value: 'digest' },
            ],
          });
        } catch (error) {
          expect(String((error as Error & { cause?: unknown }).cause ?? error)).toMatch(/no mapping defined for search attribute/);
          throw error;
        }
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    // A fresh database has nothing overdue: no digest, but the activity ran against PostgreSQL all the same.
    expect(await handle.result()).toEqual({ digests: 0 });

    const listed = await eventually(async () => {
      const runs = [];
      for await (const run of client.workflow.list({ query: `AuditProgramme = '${marker}' AND ExecutionStatus = 'Completed'` })) runs.push(run);
      expect(runs).toHaveLength(1);
      return runs[0];
    });
    expect(listed.workflowId).toBe(workflowId);
    expect(listed.typedSearchAttributes.get(AuditPhaseKey)).toBe('digest');

    // History and visibility live in the two PostgreSQL databases the schema tool set up.
    const rows = await withClient(withDatabase(adminUrl(), server!.visibilityDatabaseName), (db) =>
      db.query<{ status: number }>('SELECT status FROM executions_visibility WHERE workflow_id = $1', [workflowId]),
    );
    expect(rows.rows).toEqual([{ status: 2 }]); // WORKFLOW_EXECUTION_STATUS_COMPLETED
  });
});
