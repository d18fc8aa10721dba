import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, WriteStream } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';

export interface ManagedProcessOptions {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  uid?: number;
  gid?: number;
  /** Appends the child's stdout and stderr to this file. */
  logFile?: string;
  /** Echoes each output line to our stdout as `[name] line`. */
  echo?: boolean;
  /** Signal for a graceful stop (postgres wants SIGINT for a fast shutdown). */
  stopSignal?: NodeJS.Signals;
  /** How long a graceful stop may take before SIGKILL. */
  stopTimeoutMs?: number;
}

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  error?: Error;
}

export interface ManagedProcess {
  readonly name: string;
  readonly pid: number | undefined;
  /** Resolves once the process has exited (or failed to spawn). */
  readonly exited: Promise<ProcessExit>;
  isRunning(): boolean;
  /** How it ended; undefined while it runs. */
  exitStatus(): ProcessExit | undefined;
  /** The last few KB of output, for error messages. */
  outputTail(): string;
  /** Graceful signal, then SIGKILL after stopTimeoutMs. Safe to call twice. */
  stop(): Promise<ProcessExit>;
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

// Children run in their own process group (so Ctrl-C reaches only the launcher, which stops them in order);
// if we die without stopping them, this last-resort hook keeps them from outliving us.
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of running) child.kill('SIGKILL');
  });
}

export function describeExit(exit: ProcessExit): string {
  if (exit.error) return `failed to start: ${exit.error.message}`;
  return exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
}

export function startProcess(options: ManagedProcessOptions): ManagedProcess {
  installExitHook();
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    uid: options.uid,
    gid: options.gid,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let tail = '';
  let log: WriteStream | undefined;
  if (options.logFile) {
    mkdirSync(dirname(options.logFile), { recursive: true });
    log = createWriteStream(options.logFile, { flags: 'a' });
  }
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-4000);
      log?.write(chunk);
    });
    if (options.echo && stream) {
      createInterface({ input: stream }).on('line', (line) => process.stdout.write(`[${options.name}] ${line}\n`));
    }
  }
  let status: ProcessExit | undefined;
  const exited = new Promise<ProcessExit>((resolve) => {
    const end = (exit: ProcessExit) => {
      status ??= exit;
      running.delete(child);
      log?.end();
      resolve(status);
    };
    child.on('error', (error) => {
      if (child.pid === undefined) end({ code: null, signal: null, error });
    });
    child.once('close', (code, signal) => end({ code, signal }));
  });
  const alive = () => status === undefined;
  let stopping: Promise<ProcessExit> | undefined;
  return {
    name: options.name,
    pid: child.pid,
    exited,
    isRunning: alive,
    exitStatus: () => status,
    outputTail: () => tail,
    stop() {
      stopping ??= (async () => {
        if (!alive()) return exited;
        child.kill(options.stopSignal ?? 'SIGTERM');
        const timer = setTimeout(() => {
          if (alive()) {
            process.stderr.write(`[${options.name}] did not stop in time, killing it\n`);
            child.kill('SIGKILL');
          }
        }, options.stopTimeoutMs ?? 10_000);
        try {
          return await exited;
        } finally {
          clearTimeout(timer);
        }
      })();
      return stopping;
    },
  };
}
