import { getHeapStatistics } from 'node:v8';
import { checkWorkerHeap, loadConfig } from '@auditflow/config';
import { createAuditflowWorker } from './create-worker';
import { sdkMetricsExporter } from './metrics/sdk-metrics';
import { workerPino } from './worker-logger';
import { installWorkerRuntime } from './worker-runtime';

async function main(): Promise<void> {
  const config = loadConfig();
  checkWorkerHeap(config.WORKER_MAX_CACHED_WORKFLOWS, getHeapStatistics().heap_size_limit);
  const log = workerPino(config);
  // With WORKER_METRICS_PORT the SDK's own metrics are collected too, and served with Auditflow's on that port.
  installWorkerRuntime(log, config.WORKER_METRICS_PORT ? { sdkMetrics: await sdkMetricsExporter() } : {});
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL is required to start the worker (npm start sets it for the local stack)');
  const running = await createAuditflowWorker(config, {
    databaseUrl: config.DATABASE_URL,
    workflowBundlePath: config.WORKFLOW_BUNDLE_PATH,
    scheduleDigest: config.DIGEST_ENABLED,
    scheduleFileSweep: true,
    scheduleCpdReminders: true,
  });
  // The SDK installs SIGINT/SIGTERM handlers that shut the worker down gracefully.
  log.info({ taskQueue: config.TEMPORAL_TASK_QUEUE, temporalAddress: config.TEMPORAL_ADDRESS }, 'worker polling');
  await running.run();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
