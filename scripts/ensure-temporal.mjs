#!/usr/bin/env node
// Finds the Temporal CLI, building it with Go when nothing else is available.
// Plain Node without dependencies: it runs before `npm ci`. Progress goes to stderr; the resolved path is
// the last line on stdout, so other tools can call this script and read it.
import { join, resolve } from 'node:path';
import { auditflowCacheDir, findOnPath, goInstallInto, isExecutableFile, runAsEnsureScript } from './go-install.mjs';

export { findOnPath };

export const TEMPORAL_CLI_VERSION = 'v1.5.1';
// Later tags cannot be built with `go install` because their go.mod has replace directives.
export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal';

export function temporalCacheDir(env = process.env) {
  return auditflowCacheDir(`temporal-${TEMPORAL_CLI_VERSION}`, env);
}

/**
 * The Temporal CLI without building anything: TEMPORAL_CLI_PATH, then `temporal` on PATH, then the cache.
 * Returns undefined when a build is needed; throws when TEMPORAL_CLI_PATH names a missing file.
 */
export function findTemporalCli(env = process.env) {
  if (env.TEMPORAL_CLI_PATH) {
    const path = resolve(env.TEMPORAL_CLI_PATH);
    if (!isExecutableFile(path)) throw new Error(`TEMPORAL_CLI_PATH=${env.TEMPORAL_CLI_PATH} is not an executable file`);
    return { path, source: 'TEMPORAL_CLI_PATH' };
  }
  const onPath = findOnPath('temporal', env);
  if (onPath) return { path: onPath, source: 'PATH' };
  const cached = join(temporalCacheDir(env), 'temporal');
  if (isExecutableFile(cached)) return { path: cached, source: 'cache' };
  return undefined;
}

/** Builds the pinned CLI into the cache with `go install`; go's output and a heartbeat go to `log`. */
export async function buildTemporalCli({ env = process.env, log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const go = findOnPath('go', env);
  const target = `${TEMPORAL_CLI_MODULE}@${TEMPORAL_CLI_VERSION}`;
  if (!go) {
    throw new Error(
      `The Temporal CLI was not found (TEMPORAL_CLI_PATH unset, no \`temporal\` on PATH, nothing in ${temporalCacheDir(env)}) ` +
        `and Go is not on PATH to build it. Install Go, or install the Temporal CLI and set TEMPORAL_CLI_PATH, ` +
        `or build it yourself: GOBIN=${temporalCacheDir(env)} go install ${target}`,
    );
  }
  return goInstallInto({ go, target, binary: 'temporal', cacheDir: temporalCacheDir(env), label: `the Temporal CLI ${TEMPORAL_CLI_VERSION}`, env, log });
}

/** The Temporal CLI's path, building it when needed. */
export async function ensureTemporalCli(options = {}) {
  const found = findTemporalCli(options.env ?? process.env);
  if (found) return found.path;
  return buildTemporalCli(options);
}

runAsEnsureScript(import.meta.url, 'ensure-temporal', ensureTemporalCli);
