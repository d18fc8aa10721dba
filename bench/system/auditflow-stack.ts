import { ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@auditflow/devstack';

/** Auditflow as `npm start` runs it (the local stack launcher), started for one benchmark run. */
export interface AuditflowStack {
  baseUrl: string;
  temporalAddress: string;
  /** The worker's task queue (TEMPORAL_TASK_QUEUE). */
  taskQueue: string;
  /** The launcher's process id; the worker and the API are its children. */
  pid: number;
  /** Resident memory of the worker and the API processes now, in bytes. */
  residentMemory(): { worker: number; api: number };
  /** The worker's process id now: a new one means the launcher restarted it (it crashed). */
  workerPid(): number;
  stop(): Promise<void>;
}

const UP_LINE = 'Auditflow is up';
const START_TIMEOUT_MS = 180_000;

/**
 * Starts `libs/devstack/dist/stack.js` (what `npm start` runs once compiled) with `environment` over this process's,
 * and resolves once it prints that it is up. Its output goes to `logFile`'s stream only, so the table stays readable.
 */
export async function startAuditflowStack(environment: Record<string, string>, log: (line: string) => void): Promise<AuditflowStack> {
  const child = spawn(process.execPath, ['--enable-source-maps', join(REPO_ROOT, 'libs', 'devstack', 'dist', 'stack.js')], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the stack did not come up within ${START_TIMEOUT_MS / 1000} s:\n${output.slice(-40).join('')}`)), START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.length > 400) output.splice(0, output.length - 400);
      if (chunk.toString().includes(UP_LINE)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the stack exited (${signal ?? code}) while starting:\n${output.slice(-40).join('')}`));
    });
  });
  log('Auditflow is up');
  const port = environment.PORT ?? '3000';
  return {
    baseUrl: environment.PUBLIC_URL ?? `http://localhost:${port}`,
    temporalAddress: environment.TEMPORAL_ADDRESS ?? '127.0.0.1:7233',
    taskQueue: environment.TEMPORAL_TASK_QUEUE ?? process.env.TEMPORAL_TASK_QUEUE ?? 'auditflow',
    pid: child.pid!,
    residentMemory: () => ({ worker: residentBytes(childNamed(child.pid!, 'apps/worker')), api: residentBytes(childNamed(child.pid!, 'apps/api')) }),
    workerPid: () => childNamed(child.pid!, 'apps/worker'),
    stop: () => stopChild(child),
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await exited;
}

/** The direct child of `parent` whose command line contains `marker` (the worker's or the API's entry file). */
function childNamed(parent: number, marker: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      if (Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) !== parent) continue;
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(marker)) return Number(entry);
    } catch {
      // the process ended while we looked
    }
  }
  throw new Error(`no child of the stack runs ${marker}`);
}

function residentBytes(pid: number): number {
  const kib = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (!kib) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kib) * 1024;
}
