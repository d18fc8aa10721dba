import { ChildProcess, spawn } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compiledEntry, freePort, REPO_ROOT } from '@auditflow/devstack';
import { eventually, testEnvironment } from './test-stack';
import { buildOnce } from './worker-process';

export interface ApiProcess {
  child: ChildProcess;
  baseUrl: string;
  /** Where its stdout and stderr go: read it when a test using it fails. */
  logFile: string;
  /** The process's peak resident set so far (VmHWM of /proc/<pid>/status), in bytes. */
  peakRss(): number;
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`; resolves when it has exited. */
  stop(graceMs?: number): Promise<void>;
}

/** A line of /proc/<pid>/status in bytes (the kernel writes them in kB). */
export function procStatusBytes(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((entry) => entry.startsWith(`${field}:`));
  if (!line) throw new Error(`/proc/${pid}/status has no ${field}`);
  return Number(/(\d+)\s*kB/.exec(line)![1]) * 1024;
}

/**
 * The compiled API (apps/api main) as a child process on the test stack, on a free port that is also its PUBLIC_URL,
 * with `nodeArgs` before the entry (a heap limit, say) and `environment` over the test stack's settings. Resolves once
 * it answers GET /health. Call buildOnce() in a beforeAll before any stack starts: the build blocks this process.
 */
export async function startApiProcess(options: { nodeArgs?: string[]; environment?: Record<string, string>; startTimeoutMs?: number } = {}): Promise<ApiProcess> {
  buildOnce();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const logFile = join(REPO_ROOT, 'test', '.tmp', `api-process-${port}.log`);
  const log = openSync(logFile, 'a');
  const settings = testEnvironment({ PORT: String(port), PUBLIC_URL: baseUrl, ...options.environment });
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...process.env, ...settings })) if (value !== undefined) env[name] = value;
  // Only the arguments given decide its heap and module resolution.
  delete env.NODE_OPTIONS;
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), compiledEntry('@auditflow/api/main')], { cwd: REPO_ROOT, env, stdio: ['ignore', log, log] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let ended: string | undefined;
  child.once('exit', (code, signal) => (ended = code !== null ? `exit code ${code}` : `signal ${signal}`));
  const running: ApiProcess = {
    child,
    baseUrl,
    logFile,
    peakRss: () => procStatusBytes(child.pid!, 'VmHWM'),
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
  try {
    await eventually(
      async () => {
        if (ended) return; // no point waiting: reported below
        const answer = await fetch(`${baseUrl}/health`);
        if (answer.status !== 200) throw new Error(`GET /health answered ${answer.status}: ${await answer.text()}`);
      },
      { timeoutMs: options.startTimeoutMs ?? 60_000 },
    );
  } catch (error) {
    await running.stop();
    throw new Error(`the API process did not come up (see ${logFile}): ${String(error)}`, { cause: error });
  }
  if (ended) throw new Error(`the API process ended (${ended}) while starting; see ${logFile}`);
  return running;
}
