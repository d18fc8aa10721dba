import { Connection, TLSConfig } from '@temporalio/client';
import { AUDIT_SEARCH_ATTRIBUTES } from '@auditflow/domain';
import { describeExit, ManagedProcess, startProcess } from './managed-process';

export interface TemporalDevServerOptions {
  cliPath: string;
  /** Front-end gRPC port. */
  port: number;
  ip?: string;
  /** Web UI port; without it the server runs headless. */
  uiPort?: number;
  namespace?: string;
  /** SQLite file for persistent state; without it state lives in memory. */
  dbFile?: string;
  logFile: string;
  searchAttributes?: Record<string, string>;
  /** Server dynamic config, e.g. `limit.historyCount.suggestContinueAsNew` to have workflows continue as new early. */
  dynamicConfig?: Record<string, string | number | boolean>;
  startTimeoutMs?: number;
}

export interface TemporalDevServer {
  address: string;
  uiUrl?: string;
  process: ManagedProcess;
  stop(): Promise<void>;
}

export function temporalDevServerArgs(options: TemporalDevServerOptions): string[] {
  const args = ['server', 'start-dev', '--ip', options.ip ?? '127.0.0.1', '--port', String(options.port)];
  args.push('--namespace', options.namespace ?? 'default', '--log-level', 'warn');
  for (const [name, type] of Object.entries(options.searchAttributes ?? AUDIT_SEARCH_ATTRIBUTES)) {
    args.push('--search-attribute', `${name}=${type}`);
  }
  if (options.dbFile) {
    args.push('--db-filename', options.dbFile);
    // WAL keeps the UI's reads from blocking the server's writes; NORMAL sync is durable enough for a dev server.
    args.push('--sqlite-pragma', 'journal_mode=wal', '--sqlite-pragma', 'synchronous=normal');
  }
  for (const [key, value] of Object.entries(options.dynamicConfig ?? {})) args.push('--dynamic-config-value', `${key}=${JSON.stringify(value)}`);
  if (options.uiPort === undefined) args.push('--headless');
  else args.push('--ui-port', String(options.uiPort));
  return args;
}

export async function startTemporalDevServer(options: TemporalDevServerOptions): Promise<TemporalDevServer> {
  const ip = options.ip ?? '127.0.0.1';
  const address = `${ip}:${options.port}`;
  const child = startProcess({
    name: 'temporal',
    command: options.cliPath,
    args: temporalDevServerArgs(options),
    logFile: options.logFile,
    stopTimeoutMs: 15_000,
  });
  try {
    await waitForTemporal(address, options.namespace ?? 'default', {
      timeoutMs: options.startTimeoutMs ?? 60_000,
      failure: () => {
        const exit = child.exitStatus();
        return exit && `the Temporal dev server ${describeExit(exit)} while starting (log: ${options.logFile})\n${child.outputTail().trim()}`;
      },
    });
  } catch (error) {
    await child.stop();
    throw error;
  }
  return {
    address,
    uiUrl: options.uiPort === undefined ? undefined : `http://${ip}:${options.uiPort}`,
    process: child,
    async stop() {
      const exit = await child.stop();
      if (exit.error) throw new Error(`temporal ${describeExit(exit)}`);
    },
  };
}

export interface WaitForTemporalOptions {
  timeoutMs: number;
  /** Returns a reason to give up early (e.g. the server process died). */
  failure?: () => string | undefined;
  /** TLS settings of the connection (a server with mTLS). */
  tls?: TLSConfig;
}

/** Resolves once the front end answers DescribeNamespace for `namespace`. */
export async function waitForTemporal(address: string, namespace: string, options: WaitForTemporalOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    const failure = options.failure?.();
    if (failure) throw new Error(failure);
    try {
      const connection = await Connection.connect({ address, connectTimeout: 2_000, ...(options.tls ? { tls: options.tls } : {}) });
      try {
        await connection.withDeadline(Date.now() + 2_000, () => connection.workflowService.describeNamespace({ namespace }));
        return;
      } finally {
        await connection.close();
      }
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  throw new Error(`Temporal at ${address} did not answer within ${options.timeoutMs} ms: ${reason}`);
}
