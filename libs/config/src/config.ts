import { resolve } from 'node:path';
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);

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
  /** A workflow bundle prebuilt at image build time; unset, the worker bundles workflows/ when it starts. */
  WORKFLOW_BUNDLE_PATH: z.string().optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default('Auditflow <auditflow@localhost>'),
  MAILBOX_SMTP_PORT: port.default(2525),
  MAILBOX_HTTP_PORT: port.default(8025),
  DIGEST_ENABLED: z.enum(['true', 'false']).default('true').transform((value) => value === 'true'),
  DIGEST_CRON: z.string().default('0 7 * * *'),
  DIGEST_TIMEZONE: z.string().default('UTC'),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
});

export type AppConfig = z.infer<typeof configSchema> & {
  /** Absolute data directory. */
  dataDir: string;
  /** Base URL used in links inside mails. */
  publicUrl: string;
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
    publicUrl: values.PUBLIC_URL ?? `http://localhost:${values.PORT}`,
  };
}
