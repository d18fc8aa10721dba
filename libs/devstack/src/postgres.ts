import { randomBytes } from 'node:crypto';
import { startEmbeddedPostgres } from './embedded-postgres';
import { freePort } from './free-port';
import { canConnect, withClient } from './pg-connect';

/** The machine's own server, as Debian's postgresql package sets it up for local development (trust auth). */
export const MACHINE_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface ResolvePostgresOptions {
  /** DATABASE_URL: used as is when set. */
  databaseUrl?: string;
  /** Tried next; defaults to MACHINE_POSTGRES_URL. */
  machineUrl?: string;
  /** Skip DATABASE_URL and the machine server (AUDITFLOW_FORCE_EMBEDDED_POSTGRES=1). */
  forceEmbedded?: boolean;
  /** Where the embedded fallback keeps its cluster; port 0 picks a free port. */
  embedded: { dir: string; port: number; persistent?: boolean };
  log?: (line: string) => void;
}

export type PostgresSource = 'DATABASE_URL' | 'machine' | 'embedded';

export interface ResolvedPostgres {
  /** DATABASE_URL itself, or a superuser URL on the `postgres` database. */
  url: string;
  source: PostgresSource;
  /** The embedded cluster's folder (only for `embedded`). */
  dataDir?: string;
  /** Stops the embedded server if this call started one; otherwise does nothing. */
  stop(): Promise<void>;
}

export async function resolvePostgres(options: ResolvePostgresOptions): Promise<ResolvedPostgres> {
  const log = options.log ?? (() => undefined);
  const noop = async () => undefined;
  if (!options.forceEmbedded) {
    if (options.databaseUrl) return { url: options.databaseUrl, source: 'DATABASE_URL', stop: noop };
    const machineUrl = options.machineUrl ?? MACHINE_POSTGRES_URL;
    if (await canConnect(machineUrl)) return { url: machineUrl, source: 'machine', stop: noop };
    log(`PostgreSQL at ${redact(machineUrl)} is not reachable; starting an embedded one in ${options.embedded.dir}`);
  }
  const port = options.embedded.port || (await freePort());
  const embedded = await startEmbeddedPostgres({ ...options.embedded, port });
  return { url: embedded.url, source: 'embedded', dataDir: embedded.dataDir, stop: () => embedded.stop() };
}

/** `url` with its database (path) replaced by `name`. */
export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(name)}`;
  return parsed.toString();
}

/** `url` without its password, for logs. */
export function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Creates database `name` unless it exists; returns whether it created it. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<boolean> {
  return withClient(adminUrl, async (client) => {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.rowCount) return false;
    try {
      await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
      return true;
    } catch (error) {
      // 42P04: another process created it between our check and our CREATE.
      if ((error as { code?: string }).code === '42P04') return false;
      throw error;
    }
  });
}

/** Creates a fresh, uniquely named database and returns a URL to it. */
export async function createThrowawayDatabase(adminUrl: string, prefix = 'auditflow_test'): Promise<string> {
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${quoteIdentifier(name)}`));
  return withDatabase(adminUrl, name);
}

/** Drops database `name` if it exists, disconnecting its sessions first. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [
      name,
    ]);
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
  });
}
