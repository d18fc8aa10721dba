// Helpers for integration tests, on top of what test/setup/global-setup.ts started (TEST_* variables).
import { mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { createApi } from '../../apps/api/src/create-api';
import { createAuditflowWorker, RunningWorker } from '../../apps/worker/src/create-worker';
import { AppConfig, loadConfig } from '../../libs/config/src';
import { Mailbox } from '../../libs/devstack/src/mailbox';
import { MailboxWeb, startMailboxWeb } from '../../libs/devstack/src/mailbox-web';
import { REPO_ROOT } from '../../libs/devstack/src/repo-root';

function required(name: 'TEST_TEMPORAL_ADDRESS' | 'TEST_DATABASE_URL' | 'TEST_WORKFLOW_BUNDLE'): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: integration tests need the stack from test/setup/global-setup.ts (run them with npm test)`);
  return value;
}

export const testDatabaseUrl = () => required('TEST_DATABASE_URL');
export const testTemporalAddress = () => required('TEST_TEMPORAL_ADDRESS');
export const testWorkflowBundle = () => required('TEST_WORKFLOW_BUNDLE');

/** A task queue of this test file's own, so workers of other files never pick up its workflows. */
let fileTaskQueue: string | undefined;
export function testTaskQueue(): string {
  const testPath = expect.getState().testPath;
  fileTaskQueue ??= `test-${testPath ? basename(testPath, '.spec.ts') : 'file'}-${randomBytes(3).toString('hex')}`;
  return fileTaskQueue;
}

/** Configuration for this test file: test Temporal and database, its own task queue, NODE_ENV=test. */
export function testConfig(overrides: Record<string, string | undefined> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATA_DIR: join(REPO_ROOT, 'test', '.tmp', 'data'),
    TEMPORAL_ADDRESS: testTemporalAddress(),
    TEMPORAL_TASK_QUEUE: testTaskQueue(),
    DATABASE_URL: testDatabaseUrl(),
    ...overrides,
  });
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
export async function startMailbox(options: { web?: boolean } = {}): Promise<TestMailbox> {
  const dir = mkdtempSync(join(REPO_ROOT, 'test', '.tmp', 'mail-'));
  const mailbox = new Mailbox({ dir });
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
export async function startWorker(config: AppConfig, options: { databaseUrl?: string; taskQueue?: string } = {}): Promise<TestWorker> {
  installQuietRuntime();
  const running = await createAuditflowWorker(config, {
    databaseUrl: options.databaseUrl ?? config.DATABASE_URL ?? testDatabaseUrl(),
    taskQueue: options.taskQueue ?? config.TEMPORAL_TASK_QUEUE,
    workflowBundlePath: testWorkflowBundle(),
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

/** The Nest API from createApi, listening on a free port on 127.0.0.1. */
export async function startApi(config: AppConfig, options: { databaseUrl?: string } = {}): Promise<TestApi> {
  const app = await createApi(config, {
    databaseUrl: options.databaseUrl ?? config.DATABASE_URL ?? testDatabaseUrl(),
    logger: ['error', 'warn'],
  });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
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

export interface HttpResponse<T> {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the text when the body is not JSON. */
  body: T;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Response bodies default to `any`: tests check their shape with expect(), which is the real type check. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** A fetch wrapper bound to a base URL: `await http(api.baseUrl).post('/audits', dto, { 'x-user': 'alice' })`. */
export function http(baseUrl: string, defaultHeaders: Record<string, string> = {}) {
  async function request<T = Json>(method: Method, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResponse<T>> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...defaultHeaders, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, headers: response.headers, body: parsed as T };
  }
  return {
    request,
    get: <T = Json>(path: string, headers?: Record<string, string>) => request<T>('GET', path, undefined, headers),
    post: <T = Json>(path: string, body?: unknown, headers?: Record<string, string>) => request<T>('POST', path, body, headers),
    put: <T = Json>(path: string, body?: unknown, headers?: Record<string, string>) => request<T>('PUT', path, body, headers),
    patch: <T = Json>(path: string, body?: unknown, headers?: Record<string, string>) => request<T>('PATCH', path, body, headers),
    delete: <T = Json>(path: string, headers?: Record<string, string>) => request<T>('DELETE', path, undefined, headers),
  };
}
