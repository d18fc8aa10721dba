// Helpers for integration tests, on top of what test/setup/global-setup.ts started (TEST_* variables).
import { mkdtempSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { INestApplication, LoggerService } from '@nestjs/common';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import type { DestinationStream } from 'pino';
import { createApi } from '@auditflow/api';
import { createAuditflowWorker, RunningWorker } from '@auditflow/worker';
import { AppConfig, loadConfig } from '@auditflow/config';
import { freePort, Mailbox, MailboxWeb, REPO_ROOT, startMailboxWeb } from '@auditflow/devstack';
import { AuditflowClient, Response } from '@auditflow/samples';
import { TEST_ADMIN_EMAIL, TEST_OIDC_CLIENT } from './test-identity';

function required(name: 'TEST_TEMPORAL_ADDRESS' | 'TEST_DATABASE_URL' | 'TEST_WORKFLOW_BUNDLE' | 'TEST_OIDC_ISSUER' | 'TEST_OIDC_KEYS_FILE'): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: integration tests need the stack from test/setup/global-setup.ts (run them with npm test)`);
  return value;
}

export const testDatabaseUrl = () => required('TEST_DATABASE_URL');
export const testTemporalAddress = () => required('TEST_TEMPORAL_ADDRESS');
export const testWorkflowBundle = () => required('TEST_WORKFLOW_BUNDLE');
export const testOidcIssuer = () => required('TEST_OIDC_ISSUER');
/** The test identity provider's private signing keys, so tests can forge tokens it would have signed. */
export const testOidcKeysFile = () => required('TEST_OIDC_KEYS_FILE');


/** A task queue of this test file's own, so workers of other files never pick up its workflows. */
let fileTaskQueue: string | undefined;
export function testTaskQueue(): string {
  const testPath = expect.getState().testPath;
  fileTaskQueue ??= `test-${testPath ? basename(testPath, '.spec.ts') : 'file'}-${randomBytes(3).toString('hex')}`;
  return fileTaskQueue;
}

/** Configuration for this test file: test Temporal and database, its own task queue, NODE_ENV=test. */
export function testConfig(overrides: Record<string, string | undefined> = {}): AppConfig {
  return loadConfig(testEnvironment(overrides));
}

/** The environment of a process on the test stack (a test API, or a launcher run as its own process). */
export function testEnvironment(overrides: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATA_DIR: join(REPO_ROOT, 'test', '.tmp', 'data'),
    TEMPORAL_ADDRESS: testTemporalAddress(),
    TEMPORAL_TASK_QUEUE: testTaskQueue(),
    DATABASE_URL: testDatabaseUrl(),
    OIDC_ISSUER_URL: testOidcIssuer(),
    OIDC_CLIENT_ID: TEST_OIDC_CLIENT.clientId,
    OIDC_CLIENT_SECRET: TEST_OIDC_CLIENT.clientSecret,
    OIDC_ROLES_CLAIM: TEST_OIDC_CLIENT.rolesClaim,
    ADMIN_EMAIL: TEST_ADMIN_EMAIL,
    // Every test file signs the same sample people in, from 127.0.0.1, into one database: the limits get tests of their own.
    SIGN_IN_LINKS_PER_ADDRESS: '100000',
    SIGN_IN_LINKS_PER_IP: '100000',
    SIGN_IN_ATTEMPTS_PER_MINUTE: '100000',
    ...overrides,
  };
}

export interface TestMailbox {
  mailbox: Mailbox;
  smtpUrl: string;
  /** The web page's base URL when started with `{ web: true }`. */
  webUrl?: string;
  /** Stops SMTP and the web page for good and deletes the stored mail (mailbox.stop()/start() simulate an outage). */
  stop(): Promise<void>;
}

/** An in-process catch-all SMTP server on a free port, storing mail in a fresh temp directory. */
export async function startMailbox(options: { web?: boolean; unknownMailboxes?: string[] } = {}): Promise<TestMailbox> {
  const dir = mkdtempSync(join(REPO_ROOT, 'test', '.tmp', 'mail-'));
  const mailbox = new Mailbox({ dir, unknownMailboxes: options.unknownMailboxes });
  await mailbox.start({ smtpPort: 0 });
  let web: MailboxWeb | undefined;
  if (options.web) web = await startMailboxWeb(mailbox, { port: 0 });
  return {
    mailbox,
    smtpUrl: mailbox.smtpUrl,
    webUrl: web?.url,
    async stop() {
      await web?.close();
      await mailbox.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TestWorker {
  running: RunningWorker;
  /** Shuts the worker down and rethrows if it had crashed. */
  stop(): Promise<void>;
}

/** Worker SDK logs at WARN, so test output shows problems rather than every state change. */
function installQuietRuntime(): void {
  if (!Runtime._instance) Runtime.install({ logger: new DefaultLogger('WARN') });
}

/** A real worker on the test Temporal server, running the prebuilt workflow bundle. */
export async function startWorker(config: AppConfig, options: { databaseUrl?: string; taskQueue?: string; /** Another release's bundle than the test stack's. */ workflowBundlePath?: string } = {}): Promise<TestWorker> {
  installQuietRuntime();
  const running = await createAuditflowWorker(config, {
    databaseUrl: options.databaseUrl ?? config.DATABASE_URL ?? testDatabaseUrl(),
    taskQueue: options.taskQueue ?? config.TEMPORAL_TASK_QUEUE,
    workflowBundlePath: options.workflowBundlePath ?? testWorkflowBundle(),
  });
  const done = running.run();
  let failure: unknown;
  done.catch((error: unknown) => (failure = error));
  return {
    running,
    async stop() {
      await running.shutdown().catch((error: unknown) => (failure ??= error));
      if (failure) throw failure;
    },
  };
}

export interface TestApi {
  app: INestApplication;
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * The Nest API from createApi, listening on a free port on 127.0.0.1 that is also its PUBLIC_URL (sign-in links and
 * the single-sign-on callback point there), unless the config names a PUBLIC_URL of its own.
 */
export async function startApi(
  config: AppConfig,
  options: { databaseUrl?: string; logger?: LoggerService; logDestination?: DestinationStream } = {},
): Promise<TestApi> {
  const port = config.PUBLIC_URL ? Number(new URL(config.PUBLIC_URL).port) : await freePort();
  const publicUrl = config.PUBLIC_URL ?? `http://127.0.0.1:${port}`;
  // With a log destination Nest's own messages join the JSON log there; otherwise errors and warnings are printed plainly.
  const logger = options.logger ?? (options.logDestination ? undefined : ['error' as const, 'warn' as const]);
  const app = await createApi(
    { ...config, PUBLIC_URL: publicUrl, publicUrl },
    { databaseUrl: options.databaseUrl ?? config.DATABASE_URL ?? testDatabaseUrl(), logger, logDestination: options.logDestination },
  );
  await app.listen(port, '127.0.0.1');
  return { app, baseUrl: `http://127.0.0.1:${port}`, close: () => app.close() };
}

/** Retries `probe` (an assertion or a fetch) until it stops throwing; rethrows its last error after `timeoutMs`. */
export async function eventually<T>(probe: () => Promise<T> | T, { timeoutMs = 15_000, intervalMs = 250 } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await probe();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}

export type HttpResponse<T> = Response<T>;

/** Response bodies default to `any`: tests check their shape with expect(), which is the real type check. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/**
 * Anonymous requests bound to a base URL, with headers of the caller's choosing (cookies, bearer tokens):
 * `await http(api.baseUrl).post('/auth/link', { token }, { cookie })`. Signed-in people use the FullStack's client.
 */
export function http(baseUrl: string, defaultHeaders: Record<string, string> = {}) {
  const client = new AuditflowClient(baseUrl, () => Promise.reject(new Error('http() sends no sign-in: use the FullStack client')));
  const request = <T = Json>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    client.request<T>(method, path, undefined, body, { ...defaultHeaders, ...headers });
  return {
    request,
    get: <T = Json>(path: string, headers?: Record<string, string>) => request<T>('GET', path, undefined, headers),
    post: <T = Json>(path: string, body?: unknown, headers?: Record<string, string>) => request<T>('POST', path, body, headers),
    put: <T = Json>(path: string, body?: unknown, headers?: Record<string, string>) => request<T>('PUT', path, body, headers),
    patch: <T = Json>(path: string, body?: unknown, headers?: Record<string, string>) => request<T>('PATCH', path, body, headers),
    delete: <T = Json>(path: string, headers?: Record<string, string>) => request<T>('DELETE', path, undefined, headers),
  };
}
