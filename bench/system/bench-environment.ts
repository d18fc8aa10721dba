import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createThrowawayDatabase, dropDatabase, Mailbox, resolvePostgres } from '@auditflow/devstack';
import { AuditflowStack, startAuditflowStack } from './auditflow-stack';

/** What one benchmark run talks to: a throwaway database, a benchmark mailbox, and Auditflow as `npm start` runs it. */
export interface BenchEnvironment {
  /** The run's directory: the stack's data (data/logs/worker.log, api.log), the mailbox, an embedded PostgreSQL. */
  dir: string;
  databaseUrl: string;
  mailbox: Mailbox;
  stack: AuditflowStack;
  /** Stops everything and drops the database; the directory is removed when `discard`, kept for a look otherwise. */
  close(discard: boolean): Promise<void>;
}

/**
 * Starts a run's environment: PostgreSQL from BENCH_POSTGRES_URL or an embedded one, a database named after `name`, the
 * mailbox, and the stack with `environment` over the benchmark's defaults (no digest, warnings only).
 */
export async function startBenchEnvironment(name: string, environment: Record<string, string>, log: (line: string) => void): Promise<BenchEnvironment> {
  const dir = mkdtempSync(join(tmpdir(), `${name.replace(/_/g, '-')}-`));
  const postgres = await resolvePostgres({ databaseUrl: process.env.BENCH_POSTGRES_URL, embedded: { dir: join(dir, 'postgres'), port: 0 }, log });
  const databaseUrl = await createThrowawayDatabase(postgres.url, name);
  const mailbox = new Mailbox({ dir: join(dir, 'mailbox') });
  await mailbox.start();
  const stack = await startAuditflowStack(
    { DATA_DIR: join(dir, 'data'), DATABASE_URL: databaseUrl, SMTP_URL: mailbox.smtpUrl, DIGEST_ENABLED: 'false', LOG_LEVEL: 'warn', ...environment },
    log,
  );
  return {
    dir,
    databaseUrl,
    mailbox,
    stack,
    async close(discard) {
      await stack.stop();
      await mailbox.stop();
      await dropDatabase(postgres.url, new URL(databaseUrl).pathname.slice(1)).catch(() => undefined);
      await postgres.stop();
      if (discard) rmSync(dir, { recursive: true, force: true });
      else log(`logs and mailbox kept in ${dir}`);
    },
  };
}
