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
  /** SIGKILL: the process dies at once, mid-activity if it is in one. */
  kill(): void;
  /** Resolves when the process has exited. */
  exited: Promise<number | null>;
}

/** The compiled worker (apps/worker main) as a child process, on the test stack. */
export function startWorkerProcess(env: { taskQueue: string; smtpUrl: string }): WorkerProcess {
  buildOnce();
  const log = openSync(join(REPO_ROOT, 'test', '.tmp', 'worker-process.log'), 'a');
  const child = spawn(process.execPath, [compiledEntry('@auditflow/worker/main')], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: testDatabaseUrl(),
      TEMPORAL_ADDRESS: testTemporalAddress(),
      TEMPORAL_TASK_QUEUE: env.taskQueue,
      SMTP_URL: env.smtpUrl,
      WORKFLOW_BUNDLE_PATH: testWorkflowBundle(),
      DIGEST_ENABLED: 'false',
    },
    // Its log goes to a file: read test/.tmp/worker-process.log when a test using it fails.
    stdio: ['ignore', log, log],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, kill: () => child.kill('SIGKILL'), exited };
}
