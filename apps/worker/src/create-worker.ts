import type { Server } from 'node:http';
import { dirname, join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { AppConfig, temporalConnectionSettings } from '@auditflow/config';
import { durationToMs } from '@auditflow/domain';
import { createDataSource } from '@auditflow/persistence';
import { createActivities, createMailTransport, PlannedMailDispatcher } from '@auditflow/activities';
import { fileStoreFromUrl } from '@auditflow/file-store';
import { ensureDigestSchedule } from './ensure-digest-schedule';
import { ensureFileSweepSchedule } from './ensure-file-sweep-schedule';
import { ensureCpdReminderSchedule } from './ensure-cpd-reminder-schedule';
import { ensureSearchAttributes } from './ensure-search-attributes';
import { serveMetrics } from './metrics/metrics-server';
import { sdkMetricsUrl } from './metrics/sdk-metrics';
import { WorkerMetrics } from './metrics/worker-metrics';
import { workflowSpanSinks, WorkerTracing } from './tracing/worker-tracing';

export interface CreateWorkerOptions {
  databaseUrl: string;
  /** A prebuilt workflow bundle (tests and production images); without it the worker bundles workflows/ itself. */
  workflowBundlePath?: string;
  /** Overrides the configured task queue (tests isolate themselves with their own queue). */
  taskQueue?: string;
  /** Creates or updates the daily digest Schedule at start (the production worker does; most tests do not). */
  scheduleDigest?: boolean;
  /** Creates or updates the hourly sweep of unattached uploads at start (the production worker does). */
  scheduleFileSweep?: boolean;
  /** Creates or updates the CPD reminder Schedule (every CPD_REMINDER_EVERY) at start (the production worker does). */
  scheduleCpdReminders?: boolean;
}

export interface RunningWorker {
  worker: Worker;
  /** Runs until shutdown; resolves when the worker has drained. */
  run(): Promise<void>;
  /** Stops polling, waits for in-flight work, closes connections. */
  shutdown(): Promise<void>;
}

export async function createAuditflowWorker(config: AppConfig, options: CreateWorkerOptions): Promise<RunningWorker> {
  if (!config.SMTP_URL) throw new Error('SMTP_URL is required: the worker sends every notification through SMTP');
  const taskQueue = options.taskQueue ?? config.TEMPORAL_TASK_QUEUE;
  const dataSource = createDataSource(options.databaseUrl);
  await dataSource.initialize();
  // WORKER_METRICS_PORT 0 is off, like unset.
  const metricsPort = config.WORKER_METRICS_PORT ?? 0;
  const metrics = metricsPort > 0 ? new WorkerMetrics(dataSource) : undefined;
  const tracing = WorkerTracing.fromConfig(config);
  const activityInterceptors = tracing?.activityInterceptors ?? [];
  const mailTransport = createMailTransport(config.SMTP_URL, { maxConnections: config.SMTP_MAX_CONNECTIONS, maxMessages: config.SMTP_MAX_MESSAGES });
  const temporal = temporalConnectionSettings(config);
  const clientConnection = await Connection.connect(temporal);
  const client = new Client({ connection: clientConnection, namespace: config.TEMPORAL_NAMESPACE });
  await ensureSearchAttributes(client, config.TEMPORAL_NAMESPACE);
  if (options.scheduleDigest) await ensureDigestSchedule(client, { taskQueue, cron: config.DIGEST_CRON, timezone: config.DIGEST_TIMEZONE });
  if (options.scheduleFileSweep) await ensureFileSweepSchedule(client, { taskQueue });
  if (options.scheduleCpdReminders) await ensureCpdReminderSchedule(client, { taskQueue, every: config.CPD_REMINDER_EVERY });
  const connection = await NativeConnection.connect(temporal);
  const activities = createActivities({
    dataSource,
    mailTransport,
    mailFrom: config.MAIL_FROM,
    publicUrl: config.publicUrl,
    fileStore: fileStoreFromUrl(config.FILE_STORE_URL, dataSource),
    unattachedTtl: config.FILE_UNATTACHED_TTL,
    cpdHoursPerYear: config.CPD_HOURS_PER_YEAR,
    cpdReminderEvery: config.CPD_REMINDER_EVERY,
    metrics,
  });
  const worker = await Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue,
    maxConcurrentWorkflowTaskExecutions: config.WORKER_MAX_CONCURRENT_WORKFLOW_TASKS,
    maxConcurrentActivityTaskExecutions: config.WORKER_MAX_CONCURRENT_ACTIVITIES,
    maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS,
    ...(config.WORKER_POLLERS !== undefined ? { maxConcurrentWorkflowTaskPolls: config.WORKER_POLLERS, maxConcurrentActivityTaskPolls: config.WORKER_POLLERS } : {}),
    activities,
    sinks: workflowSpanSinks(tracing),
    ...(options.workflowBundlePath
      ? { workflowBundle: { codePath: options.workflowBundlePath }, interceptors: { activity: activityInterceptors } }
      : {
          workflowsPath: require.resolve('@auditflow/workflows'),
          // A prebuilt bundle has the same module (libs/devstack/src/bundle-workflows.ts).
          interceptors: { activity: activityInterceptors, workflowModules: [join(dirname(require.resolve('@auditflow/workflows')), 'tracing-interceptors')] },
        }),
  });
  // Planned clock mail goes out at its moment from here, whatever the workflows' timers are waiting for.
  const dispatchEveryMs = durationToMs(config.MAIL_DISPATCH_EVERY);
  const dispatcher =
    dispatchEveryMs > 0
      ? new PlannedMailDispatcher({
          dataSource,
          taskQueue,
          everyMs: dispatchEveryMs,
          deliver: (dedupeKeys) => activities.deliverNotifications({ dedupeKeys }),
          onError: (error) => Runtime.instance().logger.warn('Planned mail not sent yet; the clock will hand it to delivery', { error: String(error) }),
        })
      : undefined;
  let metricsServer: Server | undefined;
  let running: Promise<void> | undefined;
  const closeResources = async () => {
    await dispatcher?.stop();
    metricsServer?.closeAllConnections();
    metricsServer?.close();
    await tracing?.shutdown();
    await connection.close();
    await clientConnection.close();
    mailTransport.close();
    if (dataSource.isInitialized) await dataSource.destroy();
  };
  if (metrics) {
    // Last, so that nothing after it can fail and leave the port taken; a port already taken fails the start.
    metricsServer = await serveMetrics(metricsPort, metrics.registry, sdkMetricsUrl(Runtime.instance())).catch(async (error: unknown) => {
      await closeResources();
      throw error;
    });
  }
  return {
    worker,
    run() {
      dispatcher?.start();
      running ??= worker.run().finally(closeResources);
      return running;
    },
    async shutdown() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      if (running) await running;
      else await closeResources();
    },
  };
}
