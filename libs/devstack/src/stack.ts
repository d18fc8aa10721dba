// The local stack behind `npm start`: Temporal, PostgreSQL and a mailbox when none are configured, then the
// worker and the API as child processes. A worker, API or Temporal dev server that dies is restarted with backoff;
// everything stops on Ctrl-C / SIGTERM, or when one of them keeps crashing.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { API_HEAP_MB, AppConfig, loadConfig, workerHeapMb } from '@auditflow/config';
import { runMigrations } from '@auditflow/persistence';
import { SAMPLE_STAFF } from '@auditflow/samples';
import { ensureWorkflowBundle } from './bundle-workflows';
import { compiledDir, compiledEntry } from './compiled-entry';
import { isPortFree } from './free-port';
import { startIdentityProvider } from './identity-provider';
import { Mailbox } from './mailbox';
import { startMailboxWeb } from './mailbox-web';
import { describeExit, ManagedProcess, startProcess } from './managed-process';
import { ensureDatabase, redact, resolvePostgres, withDatabase } from './postgres';
import { REPO_ROOT } from './repo-root';
import { ServiceStack } from './service-stack';
import { Supervisor } from './supervisor';
import { resolveTemporalCli } from './temporal-cli';
import { startTemporalDevServer } from './temporal-dev-server';
import { resolveTemporalServer, startTemporalServer } from './temporal-server';
import { waitForHealth } from './wait-for-health';

const DEFAULT_TEMPORAL_ADDRESS = '127.0.0.1:7233';
/** The packages whose compiled code goes into the workflow bundle. */
const WORKFLOW_CODE = ['@auditflow/workflows', '@auditflow/domain'];
const HEALTH_TIMEOUT_MS = 90_000;
/**
 * The worker's heap, sized for its sticky cache (WORKER_MAX_CACHED_WORKFLOWS): V8 collects garbage before growing past
 * it, so the worker's memory follows what it holds instead of the machine's size.
 */
const workerNodeArgs = (config: AppConfig) => [`--max-old-space-size=${workerHeapMb(config.WORKER_MAX_CACHED_WORKFLOWS)}`];
const apiNodeArgs = [`--max-old-space-size=${API_HEAP_MB}`];

/** The launcher runs its own Temporal dev server unless TEMPORAL_ADDRESS points at another cluster. */
export function runsLocalTemporal(env: NodeJS.ProcessEnv): boolean {
  return !env.TEMPORAL_ADDRESS || env.TEMPORAL_ADDRESS === DEFAULT_TEMPORAL_ADDRESS;
}

const launchedAt = Date.now();
const log = (line: string) => process.stdout.write(`[stack +${((Date.now() - launchedAt) / 1000).toFixed(1)}s] ${line}\n`);

/** The embedded identity provider's client for the local API (a development secret: the provider is local too). */
const LOCAL_OIDC_CLIENT = { clientId: 'auditflow', clientSecret: 'auditflow-local-development-secret' };

interface Urls {
  api: string;
  /** Further API instances (start:cluster). */
  otherApis: string[];
  signIn: string;
  identityProvider?: string;
  docs: string;
  temporalUi?: string;
  mailbox?: string;
}

class Interrupted extends Error {}

/**
 * `single`: the Temporal dev server, one worker, one API (`npm start`). `cluster`: Temporal's own server on PostgreSQL,
 * two workers and two APIs on PORT and PORT+1 (`npm run start:cluster`), the production shape on one machine.
 */
export type Topology = 'single' | 'cluster';
const CLUSTER_INSTANCES = 2;
const TEMPORAL_DATABASES = { databaseName: 'auditflow_temporal', visibilityDatabaseName: 'auditflow_temporal_visibility' };
/**
 * The read model's database (unless DATABASE_URL names one). The cluster's is its own: its audits live in another
 * Temporal than the dev server's, and a read model shared by both would list audits whose workflows are elsewhere.
 */
const READ_MODEL_DATABASE: Record<Topology, string> = { single: 'auditflow', cluster: 'auditflow_cluster' };

export class LocalStack {
  private readonly services = new ServiceStack();
  private readonly children: ManagedProcess[] = [];
  private readonly supervisor = new Supervisor({ log, giveUp: (reason) => void this.shutdown(1, reason) });
  private state: 'starting' | 'running' | 'stopping' = 'starting';
  private interruptedBy?: string;

  constructor(
    private readonly config: AppConfig,
    private readonly env: NodeJS.ProcessEnv = process.env,
    private readonly topology: Topology = 'single',
  ) {}

  /** Starts everything, then keeps running until a signal or a child's death; exits the process. */
  async run(): Promise<void> {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => this.onSignal(signal));
    try {
      const urls = await this.up();
      this.state = 'running';
      this.printUrls(urls);
    } catch (error) {
      if (error instanceof Interrupted) await this.shutdown(0, `${this.interruptedBy} received while starting; stopping`);
      else await this.shutdown(1, `could not start the stack: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private onSignal(signal: string): void {
    if (this.state === 'stopping') log(`${signal} received, already stopping`);
    else if (this.state === 'starting') this.interruptedBy ??= signal;
    else void this.shutdown(0, `${signal} received, stopping`);
  }

  private async shutdown(code: number, reason: string): Promise<void> {
    if (this.state === 'stopping') return;
    this.state = 'stopping';
    this.supervisor.shutdown();
    log(reason);
    const clean = await this.services.stopAll(log);
    log(clean ? 'stopped' : 'stopped, with errors');
    process.exit(clean ? code : code || 1);
  }

  private checkpoint(): void {
    if (this.interruptedBy) throw new Interrupted();
  }

  private failure(): string | undefined {
    if (this.interruptedBy) return `${this.interruptedBy} received`;
    const dead = this.children.find((child) => !child.isRunning());
    const logFile = dead && join(this.config.dataDir, 'logs', `${dead.name}.log`);
    return dead && `${dead.name} ${describeExit(dead.exitStatus()!)} while starting (its output is above and in ${logFile})`;
  }

  private async up(): Promise<Urls> {
    const { config, env } = this;
    mkdirSync(config.dataDir, { recursive: true });
    const localTemporal = runsLocalTemporal(env);
    const cluster = this.topology === 'cluster';
    const apiPorts = Array.from({ length: cluster ? CLUSTER_INSTANCES : 1 }, (_, index) => config.PORT + index);
    // The first instance keeps PUBLIC_URL (mails link there); the others answer on their own port.
    const apiPublicUrls = apiPorts.map((port, index) => (index === 0 ? config.publicUrl : `http://localhost:${port}`));
    if (cluster && !localTemporal) throw new Error('start:cluster runs its own Temporal server: unset TEMPORAL_ADDRESS, or use `npm start` against your cluster');
    await this.checkPorts([
      ['PORT', config.PORT],
      ...(cluster ? ([['PORT + 1 (second API)', config.PORT + 1]] as const) : []),
      ...(localTemporal ? ([['TEMPORAL_ADDRESS', portOf(config.TEMPORAL_ADDRESS)]] as const) : []),
      ...(localTemporal && !cluster ? ([['TEMPORAL_UI_PORT', config.TEMPORAL_UI_PORT]] as const) : []),
      ...(config.SMTP_URL ? [] : ([['MAILBOX_SMTP_PORT', config.MAILBOX_SMTP_PORT], ['MAILBOX_HTTP_PORT', config.MAILBOX_HTTP_PORT]] as const)),
      ...(config.OIDC_ISSUER_URL ? [] : ([['IDENTITY_PROVIDER_PORT', config.IDENTITY_PROVIDER_PORT]] as const)),
    ]);

    // Bundled while Temporal and PostgreSQL start, and only when the compiled code changed since the last start
    // (or taken as it is from WORKFLOW_BUNDLE_PATH).
    const bundle = config.WORKFLOW_BUNDLE_PATH
      ? Promise.resolve({ file: config.WORKFLOW_BUNDLE_PATH, rebuilt: false })
      : ensureWorkflowBundle(join(config.dataDir, 'worker', 'workflow-bundle.js'), [...WORKFLOW_CODE.map(compiledDir), join(REPO_ROOT, 'package-lock.json')]);
    bundle.catch(() => undefined);

    let temporalUi: string | undefined;
    if (localTemporal && !cluster) {
      const cliPath = await resolveTemporalCli(env);
      this.checkpoint();
      const dir = join(config.dataDir, 'temporal');
      log(`starting the Temporal dev server (state in ${join(dir, 'temporal.db')})`);
      const startTemporal = () =>
        startTemporalDevServer({
          cliPath,
          port: portOf(config.TEMPORAL_ADDRESS),
          uiPort: config.TEMPORAL_UI_PORT,
          namespace: config.TEMPORAL_NAMESPACE,
          dbFile: join(dir, 'temporal.db'),
          logFile: join(dir, 'temporal.log'),
        });
      const temporal = await startTemporal();
      const instance = (server: typeof temporal) => ({ exited: server.process.exited, stop: () => server.stop() });
      const supervised = this.supervisor.supervise('temporal', instance(temporal), async () => instance(await startTemporal()));
      this.services.add('temporal', () => supervised.stop());
      temporalUi = temporal.uiUrl;
      log(`Temporal is up at ${temporal.address}`);
    } else if (!cluster) {
      log(`using the Temporal cluster at ${config.TEMPORAL_ADDRESS}`);
    }
    this.checkpoint();

    const postgres = await resolvePostgres({
      databaseUrl: config.DATABASE_URL,
      forceEmbedded: env.AUDITFLOW_FORCE_EMBEDDED_POSTGRES === '1',
      embedded: { dir: join(config.dataDir, 'postgres'), port: Number(env.AUDITFLOW_EMBEDDED_POSTGRES_PORT || 5433) },
      log,
    });
    if (postgres.source === 'embedded') this.services.add('postgres', () => postgres.stop());
    this.checkpoint();
    let databaseUrl = postgres.url;
    if (postgres.source !== 'DATABASE_URL') {
      const name = READ_MODEL_DATABASE[this.topology];
      if (await ensureDatabase(postgres.url, name)) log(`created database ${name}`);
      databaseUrl = withDatabase(postgres.url, name);
    }
    const applied = await runMigrations(databaseUrl);
    log(`PostgreSQL (${postgres.source}): ${redact(databaseUrl)}; ${applied.length} migration(s) applied`);
    this.checkpoint();

    if (cluster) {
      const serverDir = await resolveTemporalServer(env);
      const cliPath = await resolveTemporalCli(env);
      this.checkpoint();
      const logFile = join(config.dataDir, 'temporal-server', 'temporal-server.log');
      mkdirSync(join(config.dataDir, 'temporal-server'), { recursive: true });
      log(`starting Temporal's own server on PostgreSQL (databases ${TEMPORAL_DATABASES.databaseName}, ${TEMPORAL_DATABASES.visibilityDatabaseName}; log ${logFile})`);
      const startServer = () =>
        startTemporalServer({ serverDir, cliPath, postgresUrl: postgres.url, ...TEMPORAL_DATABASES, namespace: config.TEMPORAL_NAMESPACE, frontendPort: portOf(config.TEMPORAL_ADDRESS), logFile });
      const server = await startServer();
      const instance = (running: typeof server) => ({ exited: running.process.exited, stop: () => running.stop() });
      const supervised = this.supervisor.supervise('temporal-server', instance(server), async () => instance(await startServer()));
      this.services.add('temporal-server', () => supervised.stop());
      log(`Temporal is up at ${server.address}`);
    }
    this.checkpoint();

    let smtpUrl = config.SMTP_URL;
    let mailboxUrl: string | undefined;
    if (!smtpUrl) {
      const mailbox = new Mailbox({ dir: join(config.dataDir, 'mail') });
      await mailbox.start({ smtpPort: config.MAILBOX_SMTP_PORT });
      this.services.add('mailbox', () => mailbox.stop());
      const web = await startMailboxWeb(mailbox, { port: config.MAILBOX_HTTP_PORT });
      this.services.add('mailbox web page', () => web.close());
      smtpUrl = mailbox.smtpUrl;
      mailboxUrl = web.url;
    }
    this.checkpoint();

    // Without an identity provider of the organisation's, a real one runs here with the sample organisation's staff.
    let oidcEnv: NodeJS.ProcessEnv = {};
    let identityProvider: string | undefined;
    if (!config.OIDC_ISSUER_URL) {
      const dir = join(config.dataDir, 'identity-provider');
      const idp = await startIdentityProvider({
        port: config.IDENTITY_PROVIDER_PORT,
        accounts: SAMPLE_STAFF,
        clients: [{ ...LOCAL_OIDC_CLIENT, redirectUris: apiPublicUrls.map((url) => `${url}/auth/sso/callback`) }],
        rolesClaim: config.OIDC_ROLES_CLAIM,
        accessTokenAudience: LOCAL_OIDC_CLIENT.clientId,
        keysFile: join(dir, 'signing-keys.json'),
        logFile: join(dir, 'identity-provider.log'),
      });
      this.services.add('identity provider', () => idp.stop());
      identityProvider = idp.issuer;
      oidcEnv = { OIDC_ISSUER_URL: idp.issuer, OIDC_CLIENT_ID: LOCAL_OIDC_CLIENT.clientId, OIDC_CLIENT_SECRET: LOCAL_OIDC_CLIENT.clientSecret };
      log(`embedded identity provider at ${idp.issuer}`);
    }
    this.checkpoint();

    const workflowBundle = await bundle;
    log(`workflow bundle ${workflowBundle.rebuilt ? 'rebuilt' : 'unchanged'}: ${workflowBundle.file}`);
    this.checkpoint();

    const childEnv = { ...env, ...oidcEnv, DATABASE_URL: databaseUrl, SMTP_URL: smtpUrl, TEMPORAL_ADDRESS: config.TEMPORAL_ADDRESS };
    const nameOf = (kind: string, index: number) => (cluster ? `${kind}-${index + 1}` : kind);
    for (const index of apiPorts.keys()) {
      this.spawnApp(nameOf('worker', index), compiledEntry('@auditflow/worker/main'), { ...childEnv, WORKFLOW_BUNDLE_PATH: workflowBundle.file }, workerNodeArgs(config));
    }
    for (const [index, port] of apiPorts.entries()) {
      this.spawnApp(nameOf('api', index), compiledEntry('@auditflow/api/main'), { ...childEnv, PORT: String(port), PUBLIC_URL: apiPublicUrls[index]! }, apiNodeArgs);
    }
    for (const port of apiPorts) {
      log(`waiting for http://127.0.0.1:${port}/health`);
      await waitForHealth(`http://127.0.0.1:${port}/health`, { timeoutMs: HEALTH_TIMEOUT_MS, failure: () => this.failure() });
    }
    return {
      api: config.publicUrl,
      otherApis: apiPublicUrls.slice(1),
      signIn: `${config.publicUrl}/auth/sign-in`,
      identityProvider,
      docs: `${config.publicUrl}/docs`,
      temporalUi,
      mailbox: mailboxUrl,
    };
  }

  private spawnApp(name: string, entry: string, env: NodeJS.ProcessEnv, nodeArgs: string[] = []): void {
    const spawnChild = () =>
      startProcess({
        name,
        command: process.execPath,
        args: ['--enable-source-maps', ...nodeArgs, entry],
        cwd: REPO_ROOT,
        env,
        echo: true,
        logFile: join(this.config.dataDir, 'logs', `${name}.log`),
        stopTimeoutMs: 20_000,
      });
    const child = spawnChild();
    this.children.push(child);
    const supervised = this.supervisor.supervise(name, child, async () => spawnChild());
    this.services.add(name, () => supervised.stop());
  }

  private async checkPorts(ports: readonly (readonly [string, number])[]): Promise<void> {
    const busy: string[] = [];
    for (const [name, port] of ports) if (!(await isPortFree(port))) busy.push(`${port} (${name})`);
    if (busy.length) {
      throw new Error(`port(s) already in use: ${busy.join(', ')}. Is another \`npm start\` running? Stop it or change these settings.`);
    }
  }

  private printUrls(urls: Urls): void {
    const lines = [
      `API            ${urls.api}`,
      ...urls.otherApis.map((url) => `API (second)   ${url}`),
      `Sign in        ${urls.signIn}`,
      `OpenAPI docs   ${urls.docs}`,
      urls.temporalUi
        ? `Temporal UI    ${urls.temporalUi}`
        : `Temporal       ${this.config.TEMPORAL_ADDRESS} (${this.topology === 'cluster' ? "Temporal's own server on PostgreSQL" : 'external'})`,
      urls.mailbox ? `Mailbox        ${urls.mailbox}` : `SMTP           ${redact(this.config.SMTP_URL!)}`,
    ];
    if (urls.identityProvider) {
      lines.push(
        `Identity prov. ${urls.identityProvider} (development only: no passwords)`,
        '',
        'Single sign-on as any of the sample staff (pick them on the provider\'s page):',
        ...SAMPLE_STAFF.map((person) => `  ${person.name.padEnd(16)} ${person.email.padEnd(30)} ${person.roles.join(', ')}`),
        'Auditees and anyone else an admin adds sign in by e-mail link: ask on the sign-in page, open the link from the Mailbox.',
      );
    }
    log(`Auditflow is up. Press Ctrl-C to stop.\n${lines.map((line) => `    ${line}`).join('\n')}`);
  }
}

function portOf(address: string): number {
  const port = Number(address.split(':').pop());
  if (!Number.isInteger(port)) throw new Error(`no port in address ${address}`);
  return port;
}

if (require.main === module) {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  void new LocalStack(config, process.env, process.argv.includes('--cluster') ? 'cluster' : 'single').run();
}
