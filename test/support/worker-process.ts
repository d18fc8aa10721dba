import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../libs/devstack/src/repo-root';
import { testDatabaseUrl, testTemporalAddress, testWorkflowBundle } from './test-stack';

export const BUILD_DIR = join(REPO_ROOT, 'test', '.tmp', 'build');
let built = false;

/** Compiles the project (incrementally) so a test can run the real worker as its own process. */
export function buildOnce(): void {
  if (built) return;
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(REPO_ROOT, 'tsconfig.build.json'), '--outDir', BUILD_DIR, '--tsBuildInfoFile', join(BUILD_DIR, '.tsbuildinfo')], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
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
  const child = spawn(process.execPath, [join(BUILD_DIR, 'apps', 'worker', 'src', 'main.js')], {
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
