import { NativeConnection, Worker } from '@temporalio/worker';
import { AppConfig } from '../../../libs/config/src';
import { createDataSource } from '../../../libs/persistence/src';
import { createActivities } from '../../../activities';

export interface CreateWorkerOptions {
  databaseUrl: string;
  /** A prebuilt workflow bundle (tests and production images); without it the worker bundles workflows/ itself. */
  workflowBundlePath?: string;
  /** Overrides the configured task queue (tests isolate themselves with their own queue). */
  taskQueue?: string;
}

export interface RunningWorker {
  worker: Worker;
  /** Runs until shutdown; resolves when the worker has drained. */
  run(): Promise<void>;
  /** Stops polling, waits for in-flight work, closes connections. */
  shutdown(): Promise<void>;
}

export async function createAuditflowWorker(config: AppConfig, options: CreateWorkerOptions): Promise<RunningWorker> {
  const dataSource = createDataSource(options.databaseUrl);
  await dataSource.initialize();
  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  const worker = await Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: options.taskQueue ?? config.TEMPORAL_TASK_QUEUE,
    activities: createActivities({ dataSource }),
    ...(options.workflowBundlePath
      ? { workflowBundle: { codePath: options.workflowBundlePath } }
      : { workflowsPath: require.resolve('../../../workflows') }),
  });
  let running: Promise<void> | undefined;
  const closeResources = async () => {
    await connection.close();
    if (dataSource.isInitialized) await dataSource.destroy();
  };
  return {
    worker,
    run() {
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
