/**
 * Baseline for Auditflow's audit lifecycle on Temporal: a workflow of the same shape (Updates driven one after another,
 * then `finish`) with none of the rules, optionally one activity with one PostgreSQL INSERT per Update. Auditflow's
 * figures divided by these say what the rules, the read model and the API add to Temporal's own cost.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { Pool } from 'pg';
import { AppConfig, loadConfig } from '@auditflow/config';
import { BARE_WORKFLOW_TYPE, BareActivities, bareFinishUpdate, BareLifecycleInput, bareStepUpdate } from './bare-definitions';
import type { bareLifecycle } from './bare-workflow';
import { percentile } from './stats';

const TABLE = 'bare_temporal_step';

export interface BareTemporalWorkerOptions {
  temporalAddress: string;
  namespace: string;
  taskQueue: string;
  /** Database the INSERTs go to; its table is created if missing. */
  databaseUrl: string;
  /** Worker tuning (WORKER_*); default: the environment's, as Auditflow's worker reads it. */
  config?: Pick<AppConfig, 'WORKER_MAX_CONCURRENT_WORKFLOW_TASKS' | 'WORKER_MAX_CONCURRENT_ACTIVITIES' | 'WORKER_MAX_CACHED_WORKFLOWS' | 'WORKER_POLLERS'>;
  log?: (line: string) => void;
}

export interface BareTemporalWorker {
  /** Stops polling, waits for in-flight work, closes the connection and the pool; rethrows a failure of the worker. */
  stop(): Promise<void>;
}

export async function startBareTemporalWorker(options: BareTemporalWorkerOptions): Promise<BareTemporalWorker> {
  const config = options.config ?? loadConfig();
  // The pool settings of Auditflow's data source (libs/persistence/src/data-source.ts).
  const pool = new Pool({ connectionString: options.databaseUrl, max: 10, connectionTimeoutMillis: 5000 });
  pool.on('error', (error) => options.log?.(`bare worker pool: ${error.message}`));
  let connection: NativeConnection | undefined;
  try {
    await pool.query(`CREATE TABLE IF NOT EXISTS ${TABLE} (
      id bigserial PRIMARY KEY,
      workflow_id text NOT NULL,
      step integer NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now()
    )`);
    const activities: BareActivities = {
      async recordBareStep({ workflowId, step }) {
        const { rows } = await pool.query<{ id: string }>(`INSERT INTO ${TABLE} (workflow_id, step) VALUES ($1, $2) RETURNING id`, [workflowId, step]);
        return Number(rows[0]!.id);
      },
    };
    connection = await NativeConnection.connect({ address: options.temporalAddress });
    // Tuned as apps/worker/src/create-worker.ts tunes Auditflow's worker.
    const worker = await Worker.create({
      connection,
      namespace: options.namespace,
      taskQueue: options.taskQueue,
      maxConcurrentWorkflowTaskExecutions: config.WORKER_MAX_CONCURRENT_WORKFLOW_TASKS,
      maxConcurrentActivityTaskExecutions: config.WORKER_MAX_CONCURRENT_ACTIVITIES,
      ...(config.WORKER_MAX_CACHED_WORKFLOWS !== undefined ? { maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS } : {}),
      ...(config.WORKER_POLLERS !== undefined ? { maxConcurrentWorkflowTaskPolls: config.WORKER_POLLERS, maxConcurrentActivityTaskPolls: config.WORKER_POLLERS } : {}),
      activities,
      workflowsPath: require.resolve('./bare-workflow'),
    });
    const openConnection = connection;
    const running = worker.run().finally(async () => {
      await openConnection.close();
      await pool.end();
    });
    // A worker that dies mid-run leaves the drivers waiting: say so at once rather than only at stop().
    running.catch((error: unknown) => options.log?.(`bare worker failed: ${error instanceof Error ? error.message : String(error)}`));
    return {
      async stop() {
        if (worker.getState() === 'RUNNING') worker.shutdown();
        await running;
      },
    };
  } catch (error) {
    await connection?.close();
    await pool.end();
    throw error;
  }
}

export interface BareLifecycleOptions {
  temporalAddress: string;
  namespace: string;
  taskQueue: string;
  /** Lifecycles driven at once, each by its own loop (default 4). */
  drivers?: number;
  /** Lifecycles in all, shared among the drivers. */
  lifecycles: number;
  /** `step` Updates per lifecycle (default 48). */
  stepsPerLifecycle?: number;
  withInsert: boolean;
  log?: (line: string) => void;
}

export interface BareLifecycleResult {
  /** Lifecycles completed (start, every Update, finish, result) per second of wall time. */
  runsPerSecond: number;
  /** Round trip of one `step` executeUpdate as the client sees it. */
  updateLatencyMs: { p50: number; p99: number };
  lifecycles: number;
  updates: number;
  durationSeconds: number;
}

export async function runBareLifecycles(options: BareLifecycleOptions): Promise<BareLifecycleResult> {
  const drivers = options.drivers ?? 4;
  const steps = options.stepsPerLifecycle ?? 48;
  if (!(options.lifecycles >= 1 && drivers >= 1 && steps >= 1)) throw new Error('lifecycles, drivers and stepsPerLifecycle must be at least 1');
  const connection = await Connection.connect({ address: options.temporalAddress });
  const client = new Client({ connection, namespace: options.namespace });
  const latencies: number[] = [];
  const input: BareLifecycleInput = { withInsert: options.withInsert };

  async function lifecycle(): Promise<void> {
    const handle = await client.workflow.start<typeof bareLifecycle>(BARE_WORKFLOW_TYPE, {
      taskQueue: options.taskQueue,
      workflowId: `bare-${options.withInsert ? 'insert' : 'no-insert'}-${randomUUID()}`,
      args: [input],
    });
    for (let expected = 1; expected <= steps; expected += 1) {
      const sent = performance.now();
      const answer = await handle.executeUpdate(bareStepUpdate);
      latencies.push(performance.now() - sent);
      // A lost or duplicated step, or a missing write, would flatter the baseline.
      if (answer.step !== expected || (options.withInsert && !(typeof answer.rowId === 'number' && answer.rowId > 0))) {
        throw new Error(`${handle.workflowId}: step ${expected} answered ${JSON.stringify(answer)}`);
      }
    }
    const finishedSteps = await handle.executeUpdate(bareFinishUpdate);
    const result = await handle.result();
    if (finishedSteps !== steps || result !== steps) throw new Error(`${handle.workflowId}: ${steps} steps sent, finish saw ${finishedSteps}, result ${result}`);
  }

  let next = 0;
  async function drive(): Promise<void> {
    while (next < options.lifecycles) {
      next += 1;
      await lifecycle();
    }
  }

  try {
    const started = performance.now();
    await Promise.all(Array.from({ length: Math.min(drivers, options.lifecycles) }, drive));
    const durationSeconds = (performance.now() - started) / 1000;
    const result: BareLifecycleResult = {
      runsPerSecond: options.lifecycles / durationSeconds,
      updateLatencyMs: { p50: percentile(latencies, 50), p99: percentile(latencies, 99) },
      lifecycles: options.lifecycles,
      updates: latencies.length,
      durationSeconds,
    };
    options.log?.(
      `bare Temporal (${options.withInsert ? 'with' : 'without'} INSERT): ${result.lifecycles} lifecycles x ${steps} steps by ${drivers} drivers in ` +
        `${durationSeconds.toFixed(2)} s, ${result.runsPerSecond.toFixed(3)} runs/s, update p50 ${result.updateLatencyMs.p50.toFixed(1)} ms, p99 ${result.updateLatencyMs.p99.toFixed(1)} ms`,
    );
    return result;
  } finally {
    await connection.close();
  }
}
