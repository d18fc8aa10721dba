// Temporal's own server (the production shape) on PostgreSQL: what the dev server does in one process, split into
// its real parts. Databases and schemas by Temporal's schema tool, configuration from docker/temporal-server, the
// namespace and Auditflow's search attributes through the Temporal CLI, as an operator would do it.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AUDIT_SEARCH_ATTRIBUTES } from '@auditflow/domain';
import { freePort, isPortFree } from './free-port';
import { MutualTlsFiles } from './tls-certificates';
import { describeExit, ManagedProcess, startProcess } from './managed-process';
import { dropDatabase, ensureDatabase } from './postgres';
import { REPO_ROOT } from './repo-root';
import { waitForTemporal } from './temporal-dev-server';

/** The configuration template the server renders itself from TEMPORAL_* variables (see the file's header). */
export const TEMPORAL_SERVER_CONFIG_DIR = join(REPO_ROOT, 'docker', 'temporal-server');
export const TEMPORAL_SERVER_CONFIG_ENV = 'auditflow';
const SCHEMA_DIR = join('schema', 'postgresql', 'v12');

export interface TemporalServerOptions {
  /** Holds `server`, `temporal-sql-tool` and schema/postgresql/v12 (resolveTemporalServer). */
  serverDir: string;
  /** The Temporal CLI, for the namespace and the search attributes. */
  cliPath: string;
  /** A PostgreSQL URL of a role that may create databases; its database part is ignored. */
  postgresUrl: string;
  /** Temporal's two databases; created when missing. Default: fresh, uniquely named ones. */
  databaseName?: string;
  visibilityDatabaseName?: string;
  namespace?: string;
  searchAttributes?: Record<string, string>;
  logFile: string;
  startTimeoutMs?: number;
  /** Serve the front end with mTLS: clients must present a certificate the CA signed. */
  tls?: MutualTlsFiles;
  /** The front end's gRPC port (clients' TEMPORAL_ADDRESS); default: a free one. */
  frontendPort?: number;
}

export interface TemporalServer {
  address: string;
  namespace: string;
  databaseName: string;
  visibilityDatabaseName: string;
  /** The settings an Auditflow API or worker needs to reach it (TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TEMPORAL_TLS_*). */
  clientEnvironment: Record<string, string>;
  /** The running server process (a new one after each restart). */
  readonly process: ManagedProcess;
  stop(): Promise<void>;
  /** Stops the process and starts it again on the same ports and databases; resolves once the namespace answers. */
  restart(): Promise<void>;
  /** Drops both databases (after stop). */
  dropDatabases(): Promise<void>;
}

/**
 * The directory with the server, the schema tool and the schemas, resolved (and built if needed, 10-20 min cold) by
 * scripts/ensure-temporal-server.mjs, the one place that knows the pinned version.
 */
export function resolveTemporalServer(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const script = join(REPO_ROOT, 'scripts', 'ensure-temporal-server.mjs');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-8000);
      process.stderr.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const dir = stdout.trim().split('\n').pop();
      if (code === 0 && dir) resolve(dir);
      else reject(new Error(`Could not resolve the Temporal server (${script} exited with ${code}):\n${stderr.trim()}`));
    });
  });
}

interface PostgresEndpoint {
  host: string;
  port: string;
  user: string;
  password: string;
}

function endpointOf(url: string): PostgresEndpoint {
  const parsed = new URL(url);
  return {
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port || '5432',
    user: decodeURIComponent(parsed.username) || 'postgres',
    password: decodeURIComponent(parsed.password),
  };
}

/** Runs a command to completion; rejects with its output when it fails. */
function runTool(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000));
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.trim()}`));
    });
  });
}

/**
 * Creates `database` if missing and brings it to the newest schema of `kind` (`temporal` or `visibility`): the schema
 * tool's `setup-schema -v 0.0` (its version table; a no-op when present) then `update-schema` from the versioned dir.
 */
export async function setupTemporalSchema(serverDir: string, postgresUrl: string, database: string, kind: 'temporal' | 'visibility'): Promise<void> {
  await ensureDatabase(postgresUrl, database);
  const { host, port, user, password } = endpointOf(postgresUrl);
  // Connection settings as the tool's environment variables, so a password never shows in a process list.
  const env = { ...process.env, SQL_PLUGIN: 'postgres12', SQL_HOST: host, SQL_PORT: port, SQL_USER: user, SQL_PASSWORD: password, SQL_DATABASE: database };
  const tool = join(serverDir, 'temporal-sql-tool');
  await runTool(tool, ['setup-schema', '-v', '0.0'], env);
  await runTool(tool, ['update-schema', '-d', join(serverDir, SCHEMA_DIR, kind, 'versioned')], env);
}

const SERVICES = ['FRONTEND', 'HISTORY', 'MATCHING', 'WORKER'] as const;

/**
 * A free port below 32768. Temporal stores each service's membership port in a PostgreSQL smallint
 * (cluster_membership.rpc_port), and the ports the OS hands out (freePort) are above that on Linux.
 */
async function freeLowPort(taken: Set<number>): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (!taken.has(port) && (await isPortFree(port))) {
      taken.add(port);
      return port;
    }
  }
  throw new Error('no free port found between 20000 and 32000');
}

/** The TEMPORAL_* variables docker/temporal-server/auditflow.yaml reads, every port a free one. */
async function serverEnvironment(postgresUrl: string, databaseName: string, visibilityDatabaseName: string, tls?: MutualTlsFiles, frontendPort?: number): Promise<Record<string, string>> {
  const { host, port, user, password } = endpointOf(postgresUrl);
  const env: Record<string, string> = {
    TEMPORAL_DB_HOST: host,
    TEMPORAL_DB_PORT: port,
    TEMPORAL_DB_USER: user,
    TEMPORAL_DB_PASSWORD: password,
    TEMPORAL_DB_NAME: databaseName,
    TEMPORAL_VISIBILITY_DB_NAME: visibilityDatabaseName,
    TEMPORAL_BIND_IP: '127.0.0.1',
    TEMPORAL_BROADCAST_IP: '127.0.0.1',
    TEMPORAL_DYNAMIC_CONFIG_FILE: join(TEMPORAL_SERVER_CONFIG_DIR, 'dynamicconfig.yaml'),
    TEMPORAL_LOG_LEVEL: 'warn',
    TEMPORAL_FRONTEND_HTTP_PORT: String(await freePort()),
    TEMPORAL_METRICS_PORT: String(await freePort()),
  };
  if (tls) {
    Object.assign(env, {
      TEMPORAL_TLS_FRONTEND_CERT: tls.serverCert,
      TEMPORAL_TLS_FRONTEND_KEY: tls.serverKey,
      TEMPORAL_TLS_CA: tls.caCert,
      TEMPORAL_TLS_SERVER_NAME: tls.serverName,
      TEMPORAL_TLS_SYSTEM_WORKER_CERT: tls.clientCert,
      TEMPORAL_TLS_SYSTEM_WORKER_KEY: tls.clientKey,
    });
  }
  const taken = new Set<number>(frontendPort ? [frontendPort] : []);
  for (const service of SERVICES) {
    env[`TEMPORAL_${service}_PORT`] = String(service === 'FRONTEND' && frontendPort ? frontendPort : await freeLowPort(taken));
    env[`TEMPORAL_${service}_MEMBERSHIP_PORT`] = String(await freeLowPort(taken));
  }
  return env;
}

/**
 * Registers the namespace (unless it exists) and the search attributes missing from it, with the Temporal CLI. The
 * attributes are retried until `deadline`: on SQL visibility they need the namespace in the front end's namespace
 * cache, which refreshes every few seconds.
 */
export async function prepareNamespace(
  cliPath: string,
  address: string,
  namespace: string,
  searchAttributes: Record<string, string>,
  deadline = Date.now() + 60_000,
  tls?: MutualTlsFiles,
): Promise<void> {
  const tlsArgs = tls ? ['--tls-cert-path', tls.clientCert, '--tls-key-path', tls.clientKey, '--tls-ca-path', tls.caCert, '--tls-server-name', tls.serverName] : [];
  const cli = (args: string[]) => runTool(cliPath, [...args, '--address', address, ...tlsArgs]);
  await cli(['operator', 'namespace', 'create', '--namespace', namespace, '--retention', '72h']).catch((error: Error) => {
    if (!/already (exists|registered)/i.test(error.message)) throw error;
  });
  for (;;) {
    try {
      await addMissingSearchAttributes(cli, namespace, searchAttributes);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

async function addMissingSearchAttributes(cli: (args: string[]) => Promise<string>, namespace: string, searchAttributes: Record<string, string>): Promise<void> {
  const listed = JSON.parse(await cli(['operator', 'search-attribute', 'list', '--namespace', namespace, '--output', 'json'])) as {
    customAttributes?: Record<string, unknown>;
  };
  const known = new Set(Object.keys(listed.customAttributes ?? {}));
  // The CLI takes one type per call: one call per type with all its missing names.
  const byType = new Map<string, string[]>();
  for (const [name, type] of Object.entries(searchAttributes)) {
    if (!known.has(name)) byType.set(type, [...(byType.get(type) ?? []), name]);
  }
  for (const [type, names] of byType) {
    await cli(['operator', 'search-attribute', 'create', '--namespace', namespace, '--type', type, ...names.flatMap((name) => ['--name', name])]);
  }
}

/**
 * Creates and migrates Temporal's databases, starts the server on free ports with the docker/temporal-server
 * configuration, then creates the namespace with Auditflow's search attributes. Resolves once the namespace answers.
 */
export async function startTemporalServer(options: TemporalServerOptions): Promise<TemporalServer> {
  const suffix = `${Date.now()}_${randomBytes(3).toString('hex')}`;
  const databaseName = options.databaseName ?? `temporal_${suffix}`;
  const visibilityDatabaseName = options.visibilityDatabaseName ?? `temporal_visibility_${suffix}`;
  const namespace = options.namespace ?? 'default';
  const dropDatabases = async () => {
    await dropDatabase(options.postgresUrl, databaseName);
    await dropDatabase(options.postgresUrl, visibilityDatabaseName);
  };
  // Databases this call named itself are dropped again when it fails; named ones the caller owns.
  const ownsDatabases = !options.databaseName && !options.visibilityDatabaseName;
  let child: ManagedProcess | undefined;
  let address: string;
  let launch: () => Promise<ManagedProcess>;
  const timeoutMs = options.startTimeoutMs ?? 120_000;
  const connectionTls = options.tls && {
    serverNameOverride: options.tls.serverName,
    serverRootCACertificate: readFileSync(options.tls.caCert),
    clientCertPair: { crt: readFileSync(options.tls.clientCert), key: readFileSync(options.tls.clientKey) },
  };
  try {
    await setupTemporalSchema(options.serverDir, options.postgresUrl, databaseName, 'temporal');
    await setupTemporalSchema(options.serverDir, options.postgresUrl, visibilityDatabaseName, 'visibility');
    const env = await serverEnvironment(options.postgresUrl, databaseName, visibilityDatabaseName, options.tls, options.frontendPort);
    const serverAddress = `127.0.0.1:${env.TEMPORAL_FRONTEND_PORT}`;
    address = serverAddress;
    launch = async () => {
      const server = startProcess({
        name: 'temporal-server',
        command: join(options.serverDir, 'server'),
        // The server joins --config onto --root (default "."), which turns an absolute path relative: run it from the
        // repository with the relative one.
        args: ['--config', relative(REPO_ROOT, TEMPORAL_SERVER_CONFIG_DIR), '--env', TEMPORAL_SERVER_CONFIG_ENV, '--allow-no-auth', 'start'],
        cwd: REPO_ROOT,
        env: { ...process.env, ...env },
        logFile: options.logFile,
        stopTimeoutMs: 20_000,
      });
      child = server;
      const failure = () => {
        const exit = server.exitStatus();
        return exit && `the Temporal server ${describeExit(exit)} while starting (log: ${options.logFile})\n${server.outputTail().trim()}`;
      };
      // The system namespace exists once the server has started; ours only after the CLI created it and the front
      // end's namespace cache has picked it up (it refreshes every few seconds).
      await waitForTemporal(serverAddress, 'temporal-system', { timeoutMs, failure, tls: connectionTls });
      await prepareNamespace(options.cliPath, serverAddress, namespace, options.searchAttributes ?? AUDIT_SEARCH_ATTRIBUTES, Date.now() + timeoutMs, options.tls);
      await waitForTemporal(serverAddress, namespace, { timeoutMs, failure, tls: connectionTls });
      return server;
    };
    await launch();
  } catch (error) {
    await child?.stop();
    if (ownsDatabases) await dropDatabases().catch(() => undefined);
    throw error;
  }
  let running = child!;
  const clientEnvironment: Record<string, string> = { TEMPORAL_ADDRESS: address, TEMPORAL_NAMESPACE: namespace };
  if (options.tls) {
    Object.assign(clientEnvironment, {
      TEMPORAL_TLS_CERT_PATH: options.tls.clientCert,
      TEMPORAL_TLS_KEY_PATH: options.tls.clientKey,
      TEMPORAL_TLS_CA_PATH: options.tls.caCert,
      TEMPORAL_TLS_SERVER_NAME: options.tls.serverName,
    });
  }
  return {
    address,
    namespace,
    clientEnvironment,
    databaseName,
    visibilityDatabaseName,
    get process() {
      return running;
    },
    async stop() {
      const exit = await running.stop();
      if (exit.error) throw new Error(`the Temporal server ${describeExit(exit)}`);
    },
    async restart() {
      await running.stop();
      running = await launch();
    },
    dropDatabases,
  };
}
