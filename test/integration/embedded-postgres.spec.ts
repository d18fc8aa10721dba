// The embedded fallback, forced by pointing the resolver at a port where nothing listens.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canConnect, createThrowawayDatabase, dropDatabase, ensureDatabase, resolvePostgres, SHARED_POSTGRES_ROOT, withClient, withDatabase } from '@auditflow/devstack';
import { runMigrations } from '@auditflow/persistence';

describe('resolvePostgres embedded fallback', () => {
  it('starts an embedded server when the machine server is unreachable, serves databases, and stops cleanly', async () => {
    // Inside a folder only its creator may enter, as a clone made in `mktemp -d` by root is.
    const privateParent = mkdtempSync(join(tmpdir(), 'auditflow-private-'));
    expect(statSync(privateParent).mode & 0o777).toBe(0o700);
    const dir = join(privateParent, 'embedded-pg');
    const postgres = await resolvePostgres({
      machineUrl: 'postgres://postgres@127.0.0.1:1/postgres',
      embedded: { dir, port: 0, persistent: false },
    });
    try {
      expect(postgres.source).toBe('embedded');
      expect(await ensureDatabase(postgres.url, 'auditflow')).toBe(true);
      expect(await ensureDatabase(postgres.url, 'auditflow')).toBe(false);
      await runMigrations(withDatabase(postgres.url, 'auditflow'));

      const throwaway = await createThrowawayDatabase(postgres.url);
      const name = new URL(throwaway).pathname.slice(1);
      expect(name).toMatch(/^auditflow_test_\d+_[0-9a-f]{6}$/);
      // An open session must not keep the database from being dropped.
      await withClient(throwaway, async (client) => {
        await client.query('SELECT 1');
        await dropDatabase(postgres.url, name);
      }).catch(() => undefined);
      expect(await canConnect(throwaway)).toBe(false);
      const owner = await withClient(postgres.url, (client) => client.query('SELECT current_setting($1) AS value', ['data_directory']));
      expect(owner.rows[0].value).toBe(postgres.dataDir);
      // Run as root, the server's own user cannot enter the private folder: its cluster lives where it can.
      if (process.getuid?.() === 0) expect(postgres.dataDir!.startsWith(`${SHARED_POSTGRES_ROOT}/clusters/`)).toBe(true);
      else expect(postgres.dataDir).toBe(join(dir, 'data'));
    } finally {
      await postgres.stop();
    }
    expect(await canConnect(postgres.url)).toBe(false);
    expect(existsSync(dir)).toBe(false);
    expect(existsSync(postgres.dataDir!)).toBe(false);
    rmSync(privateParent, { recursive: true, force: true });
  });
});
