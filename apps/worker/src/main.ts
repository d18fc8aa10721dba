import { loadConfig } from '@auditflow/config';
import { createAuditflowWorker } from './create-worker';

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL is required to start the worker (npm start sets it for the local stack)');
  const running = await createAuditflowWorker(config, {
    databaseUrl: config.DATABASE_URL,
    workflowBundlePath: config.WORKFLOW_BUNDLE_PATH,
    scheduleDigest: config.DIGEST_ENABLED,
    scheduleFileSweep: true,
    scheduleCpdReminders: true,
  });
  // The SDK installs SIGINT/SIGTERM handlers that shut the worker down gracefully.
  console.log(`worker polling task queue ${config.TEMPORAL_TASK_QUEUE} on ${config.TEMPORAL_ADDRESS}`);
  await running.run();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
