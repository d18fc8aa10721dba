import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { join } from 'node:path';
import { compiledEntry, REPO_ROOT } from '@auditflow/devstack';
import { testDatabaseUrl, testTemporalAddress, testWorkflowBundle } from './test-stack';

/** The packages a test runs as processes of their own: tsc -b builds them and what they reference. */
const RUNNABLE_PROJECTS = ['apps/api', 'apps/worker', 'libs/devstack'];
let built = false;

/** Builds the packages (incrementally, into their dist/ folders) so a test can run real processes of them. */
export function buildOnce(): void {
  if (built) return;
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', ...RUNNABLE_PROJECTS], { cwd: REPO_ROOT, stdio: 'inherit' });
  built = true;
}

export interface WorkerProcess {
  child: ChildProcess;
  /** Where its stdout and stderr go: read it when a test using it fails. */
  logFile: string;
  /** SIGKILL: the process dies at once, mid-activity if it is in one. */
  kill(): void;
  /** SIGTERM (the SDK drains in-flight work), then SIGKILL if it has not exited within `graceMs`. */
  stop(graceMs?: number): Promise<void>;
  /** Resolves when the process has exited. */
  exited: Promise<number | null>;
}

/**
 * The compiled worker (apps/worker main) as a child process, on the test stack unless `environment` points it
 * elsewhere (another Temporal server, database or mailbox). Its log goes to test/.tmp/<logName>.log.
 */
export function startWorkerProcess(options: { taskQueue: string; smtpUrl: string; environment?: Record<string, string>; logName?: string }): WorkerProcess {
  buildOnce();
  const logFile = join(REPO_ROOT, 'test', '.tmp', `${options.logName ?? 'worker-process'}.log`);
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, [compiledEntry('@auditflow/worker/main')], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: testDatabaseUrl(),
      TEMPORAL_ADDRESS: testTemporalAddress(),
      TEMPORAL_TASK_QUEUE: options.taskQueue,
      SMTP_URL: options.smtpUrl,
      WORKFLOW_BUNDLE_PATH: testWorkflowBundle(),
      DIGEST_ENABLED: 'false',
      ...options.environment,
    },
    stdio: ['ignore', log, log],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    logFile,
    kill: () => child.kill('SIGKILL'),
    async stop(graceMs = 20_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
    exited,
  };
}
