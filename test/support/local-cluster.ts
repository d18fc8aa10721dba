// The production shape on one machine, for the cluster tests: Temporal's own server and the read model on a
// PostgreSQL of the cluster's own (embedded, so a drill may stop and start it), two worker processes and two API
// processes, and the test mailbox. Every part can be killed or restarted by a test.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  createMutualTlsFiles,
  EmbeddedPostgres,
  ensureDatabase,
  freePort,
  REPO_ROOT,
  resolveTemporalCli,
  resolveTemporalServer,
  startEmbeddedPostgres,
  startTemporalServer,
  TemporalServer,
  withDatabase,
} from '@auditflow/devstack';
import { runMigrations } from '@auditflow/persistence';
import { AuditflowClient, ensureSamplePool } from '@auditflow/samples';
import { ApiProcess, startApiProcess } from './api-process';
import { testClient } from './sign-in';
import { startMailbox, testTaskQueue, TestMailbox } from './test-stack';
import { buildOnce, startWorkerProcess, WorkerProcess } from './worker-process';

const READ_MODEL_DATABASE = 'auditflow';

export interface LocalCluster {
  temporal: TemporalServer;
  databaseUrl: string;
  mail: TestMailbox;
  workers: ClusterWorker[];
  apis: ApiProcess[];
  /** One signed-in client per API instance, in the order of `apis`. */
  clients: AuditflowClient[];
  /** Settings every worker and API of this cluster runs with (Temporal's address and TLS files, the database, SMTP). */
  environment: Record<string, string>;
  /** Starts one more worker process (after a kill, say); it joins `workers`. */
  startWorker(): Promise<ClusterWorker>;
  /** Stops PostgreSQL (Temporal's databases and the read model), waits `downMs`, starts it again on the same data. */
  restartPostgres(downMs: number): Promise<void>;
  stop(): Promise<void>;
}

/** A worker process of the cluster, serving its Prometheus metrics (WORKER_METRICS_PORT) at `metricsUrl`. */
export interface ClusterWorker extends WorkerProcess {
  metricsUrl: string;
}

export interface LocalClusterOptions {
  workers?: number;
  apis?: number;
  /** Extra settings for the workers and the APIs. */
  environment?: Record<string, string>;
  /** The Temporal front end requires mTLS; the workers, the APIs and the CLI present client certificates. */
  mutualTls?: boolean;
}

/** Starts the cluster; resolves once every API answers /health and the sample auditor pool exists. */
export async function startLocalCluster(options: LocalClusterOptions = {}): Promise<LocalCluster> {
  buildOnce();
  const dir = mkdtempSync(join(REPO_ROOT, 'test', '.tmp', 'cluster-'));
  const postgresPort = await freePort();
  const startPostgres = () => startEmbeddedPostgres({ dir: join(dir, 'postgres'), port: postgresPort, persistent: true });
  let postgres: EmbeddedPostgres = await startPostgres();
  const parts: LocalCluster = {} as LocalCluster;
  try {
    parts.temporal = await startTemporalServer({
      serverDir: await resolveTemporalServer(),
      cliPath: await resolveTemporalCli(),
      postgresUrl: postgres.url,
      databaseName: 'temporal',
      visibilityDatabaseName: 'temporal_visibility',
      logFile: join(dir, 'temporal-server.log'),
      tls: options.mutualTls ? createMutualTlsFiles(join(dir, 'tls')) : undefined,
    });
    await ensureDatabase(postgres.url, READ_MODEL_DATABASE);
    parts.databaseUrl = withDatabase(postgres.url, READ_MODEL_DATABASE);
    await runMigrations(parts.databaseUrl);
    parts.mail = await startMailbox();
    const taskQueue = testTaskQueue();
    parts.environment = {
      ...parts.temporal.clientEnvironment,
      TEMPORAL_TASK_QUEUE: taskQueue,
      DATABASE_URL: parts.databaseUrl,
      SMTP_URL: parts.mail.smtpUrl,
      ...options.environment,
    };
    let workerCount = 0;
    parts.workers = [];
    parts.startWorker = async () => {
      workerCount += 1;
      const metricsPort = await freePort();
      const environment = { ...parts.environment, WORKER_METRICS_PORT: String(metricsPort) };
      const child = startWorkerProcess({ taskQueue, smtpUrl: parts.mail.smtpUrl, environment, logName: `cluster-worker-${workerCount}` });
      const worker = { ...child, metricsUrl: `http://127.0.0.1:${metricsPort}/metrics` };
      parts.workers.push(worker);
      return worker;
    };
    for (let index = 0; index < (options.workers ?? 2); index++) await parts.startWorker();
    parts.apis = [];
    for (let index = 0; index < (options.apis ?? 2); index++) parts.apis.push(await startApiProcess({ environment: parts.environment }));
    parts.clients = parts.apis.map((api) => testClient(api.baseUrl, parts.mail.mailbox));
    await ensureSamplePool(parts.clients[0]!);
  } catch (error) {
    await stopParts(parts, postgres, dir);
    throw error;
  }
  parts.restartPostgres = async (downMs) => {
    await postgres.stop();
    await new Promise((resolve) => setTimeout(resolve, downMs));
    postgres = await startPostgres();
  };
  parts.stop = () => stopParts(parts, postgres, dir);
  return parts;
}

async function stopParts(parts: Partial<LocalCluster>, postgres: EmbeddedPostgres, dir: string): Promise<void> {
  await Promise.all((parts.apis ?? []).map((api) => api.stop()));
  await Promise.all((parts.workers ?? []).map((worker) => worker.stop()));
  await parts.mail?.stop();
  await parts.temporal?.stop().catch(() => undefined);
  await postgres.stop();
  rmSync(dir, { recursive: true, force: true });
}
