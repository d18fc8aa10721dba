#!/usr/bin/env node
// Finds Temporal's own server and its schema tool (temporal-sql-tool), the production shape of what the dev server
// does in one process, building both with Go when they are not cached. Plain Node without dependencies, like
// ensure-temporal.mjs: progress goes to stderr; the cache directory is the last line on stdout. It holds both binaries
// and, copied from the module, the PostgreSQL schema files the schema tool applies (schema/postgresql/v12/...), so
// the cache stays usable after `go clean -modcache`.
import { execFile } from 'node:child_process';
import { chmodSync, cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { auditflowCacheDir, findOnPath, goInstallInto, isExecutableFile, runAsEnsureScript } from './go-install.mjs';

// The newest v1.30.x tag this machine's Go (1.26.8, GOTOOLCHAIN=local) builds: v1.30.9 needs Go >= 1.26.10, v1.30.8 needs
// 1.25.14. v1.30.x has no replace directives in go.mod, so `go install` builds it.
export const TEMPORAL_SERVER_VERSION = 'v1.30.8';
export const TEMPORAL_SERVER_MODULE = 'go.temporal.io/server';
/** What is built, from which package of the module. */
export const TEMPORAL_SERVER_BINARIES = [
  { binary: 'server', pkg: 'cmd/server', label: 'the Temporal server' },
  // go names it after its directory, `sql`; Temporal's images and docs call it temporal-sql-tool.
  { binary: 'temporal-sql-tool', pkg: 'cmd/tools/sql', installedAs: 'sql', label: 'the Temporal SQL schema tool' },
];

/** The module's PostgreSQL schemas, relative to the module root and to the cache directory alike. */
export const TEMPORAL_SERVER_SCHEMA_DIR = join('schema', 'postgresql', 'v12');

export function temporalServerCacheDir(env = process.env) {
  return auditflowCacheDir(`temporal-server-${TEMPORAL_SERVER_VERSION}`, env);
}

/**
 * The directory holding both binaries without building anything: TEMPORAL_SERVER_DIR, then the cache. Not PATH:
 * the schema files and config must match the server's version. Returns undefined when a build is needed; throws
 * when TEMPORAL_SERVER_DIR lacks a binary.
 */
export function findTemporalServer(env = process.env) {
  if (env.TEMPORAL_SERVER_DIR) {
    const dir = resolve(env.TEMPORAL_SERVER_DIR);
    const missing = missingParts(dir);
    if (missing.length) throw new Error(`TEMPORAL_SERVER_DIR=${env.TEMPORAL_SERVER_DIR} lacks ${missing.join(', ')}`);
    return { dir, source: 'TEMPORAL_SERVER_DIR' };
  }
  const dir = temporalServerCacheDir(env);
  if (!missingParts(dir).length) return { dir, source: 'cache' };
  return undefined;
}

function missingParts(dir) {
  const missing = TEMPORAL_SERVER_BINARIES.filter(({ binary }) => !isExecutableFile(join(dir, binary))).map(({ binary }) => `executable ${binary}`);
  if (!existsSync(join(dir, TEMPORAL_SERVER_SCHEMA_DIR, 'temporal', 'versioned'))) missing.push(`${TEMPORAL_SERVER_SCHEMA_DIR}/`);
  return missing;
}

/** Copies the module's PostgreSQL schemas into the cache; `go install` has just put the module into Go's module cache. */
async function copySchemas({ go, cacheDir, env, log }) {
  const { stdout } = await promisify(execFile)(go, ['mod', 'download', '-json', `${TEMPORAL_SERVER_MODULE}@${TEMPORAL_SERVER_VERSION}`], { env });
  const moduleDir = JSON.parse(stdout).Dir;
  const target = join(cacheDir, TEMPORAL_SERVER_SCHEMA_DIR);
  rmSync(target, { recursive: true, force: true });
  cpSync(join(moduleDir, TEMPORAL_SERVER_SCHEMA_DIR), target, { recursive: true });
  // The module cache is read-only; the copy must not be, or deleting the cache would fail.
  chmodTree(target);
  log(`Copied the PostgreSQL schemas of ${TEMPORAL_SERVER_MODULE}@${TEMPORAL_SERVER_VERSION} to ${target}`);
}

function chmodTree(path) {
  chmodSync(path, 0o755);
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) chmodTree(child);
    else chmodSync(child, 0o644);
  }
}

/** Builds the missing binaries into the cache with `go install`, one after the other (the second reuses Go's build cache). */
export async function buildTemporalServer({ env = process.env, log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const go = findOnPath('go', env);
  const cacheDir = temporalServerCacheDir(env);
  if (!go) {
    const commands = TEMPORAL_SERVER_BINARIES.map(({ pkg }) => `go install ${TEMPORAL_SERVER_MODULE}/${pkg}@${TEMPORAL_SERVER_VERSION}`);
    throw new Error(
      `The Temporal server was not found (TEMPORAL_SERVER_DIR unset, nothing in ${cacheDir}) and Go is not on PATH to build it. ` +
        `Install Go, or build it yourself: GOBIN=${cacheDir} ${commands.join(` && GOBIN=${cacheDir} `)}`,
    );
  }
  for (const { binary, pkg, installedAs, label } of TEMPORAL_SERVER_BINARIES) {
    if (isExecutableFile(join(cacheDir, binary))) continue;
    const target = `${TEMPORAL_SERVER_MODULE}/${pkg}@${TEMPORAL_SERVER_VERSION}`;
    await goInstallInto({ go, target, binary, installedAs, cacheDir, label: `${label} ${TEMPORAL_SERVER_VERSION}`, env, log });
  }
  await copySchemas({ go, cacheDir, env, log });
  return cacheDir;
}

/** The directory holding `server` and `temporal-sql-tool`, building them when needed. */
export async function ensureTemporalServer(options = {}) {
  const found = findTemporalServer(options.env ?? process.env);
  if (found) return found.dir;
  return buildTemporalServer(options);
}

runAsEnsureScript(import.meta.url, 'ensure-temporal-server', ensureTemporalServer);
