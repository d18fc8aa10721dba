import { resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_ALLOWED_FILE_TYPES, durationToMs, FILE_TYPES, fileTypeNamed, isIsoDuration } from '@auditflow/domain';

const port = z.coerce.number().int().min(0).max(65535);
const duration = z.string().refine(isIsoDuration, { message: 'must be an ISO 8601 duration such as PT15M or P90D' });
const count = z.coerce.number().int().min(1);

/**
 * Every environment variable Auditflow reads, with its default. The README table is written from this list;
 * keep the two in step.
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(3000),
  PUBLIC_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('.data'),
  DATABASE_URL: z.string().url().optional(),
  TEMPORAL_ADDRESS: z.string().default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('auditflow'),
  TEMPORAL_UI_PORT: port.default(8233),
  TEMPORAL_CLI_PATH: z.string().optional(),
  // Secure connections to Temporal (a production cluster or Temporal Cloud): mTLS with a client certificate, or an
  // API key. Unset, the connection is plain (the local dev server and the local cluster without TLS).
  /** PEM file of the client certificate for mTLS; needs TEMPORAL_TLS_KEY_PATH. */
  TEMPORAL_TLS_CERT_PATH: z.string().optional(),
  /** PEM file of the client certificate's private key. */
  TEMPORAL_TLS_KEY_PATH: z.string().optional(),
  /** PEM file of the CA that signed the server's certificate; unset, the system's roots. */
  TEMPORAL_TLS_CA_PATH: z.string().optional(),
  /** Name the server's certificate must carry, when it differs from the host in TEMPORAL_ADDRESS. */
  TEMPORAL_TLS_SERVER_NAME: z.string().optional(),
  /** An API key (Temporal Cloud); sent as a bearer token, over TLS. */
  TEMPORAL_API_KEY: z.string().min(1).optional(),
  // Worker tuning; the defaults suit one worker on 2 cores.
  /**
   * Workflow tasks one worker runs at once. They share one workflow thread, so more at once only queue there: with
   * the SDK's 40, tasks replaying evicted workflows under load waited past Temporal's 10 s workflow task timeout and
   * were retried from the start (bench/README.md). 8 keeps the thread busy without that queue.
   */
  WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: count.default(8),
  /** Activities one worker runs at once (mail, read-model writes, files). */
  WORKER_MAX_CONCURRENT_ACTIVITIES: count.default(100),
  /**
   * Workflows kept in the worker's sticky cache. Each costs about 4 MB (its own instance of the rules' modules), an
   * evicted one replays its history when it next has work; the SDK's default (from the heap size, about 2,300) lets a
   * worker with 1,000 open audits grow past 4 GiB. 100 keeps one worker near 700 MiB.
   */
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).default(100),
  /** Most pollers per task kind (workflow tasks and activity tasks each); unset: the SDK's (10). */
  WORKER_POLLERS: count.optional(),
  /** Port of the worker's own Prometheus endpoint (GET /metrics, SDK and business metrics); 0 or unset: off. */
  WORKER_METRICS_PORT: port.optional(),
  /** OTLP/HTTP endpoint traces are exported to (e.g. http://collector:4318); unset, tracing is off. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  /** service.name on exported spans; defaults to auditflow-api / auditflow-worker. */
  OTEL_SERVICE_NAME: z.string().min(1).optional(),
  /** A workflow bundle prebuilt at image build time; unset, the worker bundles workflows/ when it starts. */
  WORKFLOW_BUNDLE_PATH: z.string().optional(),
  SMTP_URL: z.string().url().optional(),
  /** SMTP connections the worker keeps open and sends over at once (its mails in flight share them). */
  SMTP_MAX_CONNECTIONS: count.max(50).default(5),
  /** Messages one pooled SMTP connection carries before it is replaced by a new one (some relays limit this). */
  SMTP_MAX_MESSAGES: count.default(100),
  MAIL_FROM: z.string().min(3).default('Auditflow <auditflow@localhost>'),
  /** How often the worker looks for planned clock mail that fell due (reminders, escalations); PT0S sends it only when the workflow's clock fires. */
  MAIL_DISPATCH_EVERY: duration.refine((value) => !isIsoDuration(value) || durationToMs(value) === 0 || durationToMs(value) >= 50, { message: 'must be PT0S (off) or at least PT0.05S' }).default('PT0.25S'),
  MAILBOX_SMTP_PORT: port.default(2525),
  MAILBOX_HTTP_PORT: port.default(8025),
  DIGEST_ENABLED: z.enum(['true', 'false']).default('true').transform((value) => value === 'true'),
  DIGEST_CRON: z.string().default('0 7 * * *'),
  DIGEST_TIMEZONE: z.string().default('UTC'),
  /** Least severe level logged (pino's names); Nest's former names `log` and `verbose` still mean `info` and `trace`. */
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent', 'log', 'verbose'])
    .default('info')
    .transform((level) => (level === 'log' ? 'info' : level === 'verbose' ? 'trace' : level)),
  /**
   * Bearer token Prometheus sends to GET /metrics (`authorization: { credentials: … }` in its scrape config).
   * Unset, /metrics is off (404): the API's port is usually public, and metrics are opt-in.
   */
  METRICS_TOKEN: z.string().min(16, { message: 'must be at least 16 characters' }).optional(),

  // Sign-in. Unset OIDC_ISSUER_URL: `npm start` runs its embedded identity provider; in production there is no
  // single sign-on without it, and people sign in by e-mail link.
  OIDC_ISSUER_URL: z.string().url().optional(),
  /** Port of the embedded identity provider of `npm start` (only without OIDC_ISSUER_URL). */
  IDENTITY_PROVIDER_PORT: port.default(8090),
  OIDC_CLIENT_ID: z.string().min(1).default('auditflow'),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_SCOPES: z.string().default('openid email profile'),
  /** Claim of the ID token (or access token) that lists a person's organisation roles. */
  OIDC_ROLES_CLAIM: z.string().min(1).default('auditflow_roles'),
  /** Optional mapping of claim values to roles, e.g. `Auditflow-Admins=admin,ISMS-Auditors=auditor` (Entra group names). */
  OIDC_ROLE_MAP: z.string().optional(),
  /** `aud` that bearer access tokens from the identity provider must carry; defaults to OIDC_CLIENT_ID. */
  OIDC_AUDIENCE: z.string().min(1).optional(),
  SESSION_IDLE_TIMEOUT: duration.default('PT1H'),
  SESSION_ABSOLUTE_TIMEOUT: duration.default('PT12H'),
  SIGN_IN_LINK_TTL: duration.default('PT15M'),
  /** How many sign-in links one address, and one client IP, may ask for within SIGN_IN_RATE_WINDOW. */
  SIGN_IN_LINKS_PER_ADDRESS: count.default(5),
  SIGN_IN_LINKS_PER_IP: count.default(30),
  SIGN_IN_RATE_WINDOW: duration.default('PT15M'),
  /** Sign-in attempts (link requests, link uses, SSO callbacks) one client IP may make per minute. */
  SIGN_IN_ATTEMPTS_PER_MINUTE: count.default(20),
  API_TOKEN_DEFAULT_LIFETIME: duration.default('P90D'),
  API_TOKEN_MAX_LIFETIME: duration.default('P1Y'),
  /** Made an active admin at start (production's first admin); without it an empty directory gets a setup link. */
  ADMIN_EMAIL: z.email().transform((value) => value.toLowerCase()).optional(),
  /** Express "trust proxy" setting when behind a reverse proxy, e.g. `1` or `loopback`; unset trusts none. */
  TRUST_PROXY: z.string().optional(),
  /** How long an Idempotency-Key is remembered. */
  IDEMPOTENCY_KEY_TTL: duration.default('P1D'),
  /** How long the API waits for a workflow to take a step before it answers 503 with Retry-After. */
  STEP_TIMEOUT: duration.default('PT10S'),
  // Files of audits (evidence, supplied documents, issued reports).
  /** Where file bytes live: `postgres` (the database itself, the default) or `s3://KEY:SECRET@HOST:PORT/BUCKET?region=...&forcePathStyle=true&tls=false`. */
  FILE_STORE_URL: z.string().refine((value) => value === 'postgres' || value.startsWith('s3://'), { message: 'must be "postgres" or an s3:// URL' }).optional(),
  /** Largest file accepted, in bytes (100 MB by default). */
  FILE_SIZE_LIMIT: z.coerce.number().int().min(1).default(100 * 1024 * 1024),
  /** File types accepted, by name (see the README); executables never are. */
  FILE_ALLOWED_TYPES: z
    .string()
    .default(DEFAULT_ALLOWED_FILE_TYPES.join(','))
    .transform((value) => value.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean))
    .refine((names) => names.every((name) => fileTypeNamed(name)), { message: `must list file types among: ${FILE_TYPES.map((fileType) => fileType.name).join(', ')}` }),
  /** An upload no step attached within this time is removed. */
  FILE_UNATTACHED_TTL: duration.default('P1D'),
  /** Continual professional development each auditor is expected to record a year (ISO 19011 7.6); 0: no target. */
  CPD_HOURS_PER_YEAR: z.coerce.number().min(0).max(2000).default(40),
  /** How often auditors behind their CPD target pro rata are reminded by mail (one mail per auditor per period). */
  CPD_REMINDER_EVERY: duration.refine((value) => !isIsoDuration(value) || durationToMs(value) >= 1000, { message: 'must be at least PT1S' }).default('P7D'),
  /** How often the API checks its dependencies and stuck work in the background for GET /health and /health/ready. */
  HEALTH_PROBE_INTERVAL: duration.refine((value) => !isIsoDuration(value) || durationToMs(value) >= 100, { message: 'must be at least PT0.1S' }).default('PT5S'),
  /** Largest request body accepted, in bytes. */
  REQUEST_BODY_LIMIT: z.coerce.number().int().min(1024).default(1_048_576),
});

export type AppConfig = z.infer<typeof configSchema> & {
  /** Absolute data directory. */
  dataDir: string;
  /** Base URL used in links inside mails. */
  publicUrl: string;
  /** Audience required of bearer access tokens from the identity provider. */
  oidcAudience: string;
};

export class ConfigError extends Error {}

/** Reads and validates configuration; throws a ConfigError listing every bad variable and its rule. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = configSchema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const values = result.data;
  return {
    ...values,
    dataDir: resolve(values.DATA_DIR),
    publicUrl: (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/+$/, ''),
    oidcAudience: values.OIDC_AUDIENCE ?? values.OIDC_CLIENT_ID,
  };
}
