#!/usr/bin/env node
// Finds the Temporal CLI, building it with Go when nothing else is available.
// Plain Node without dependencies: it runs before `npm ci`. Progress goes to stderr; the resolved path is
// the last line on stdout, so other tools can call this script and read it.
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const TEMPORAL_CLI_VERSION = 'v1.5.1';
// Later tags cannot be built with `go install` because their go.mod has replace directives.
export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal';
const PROGRESS_INTERVAL_MS = 15_000;

export function temporalCacheDir(env = process.env) {
  const cacheHome = env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache');
  return join(cacheHome, 'auditflow', `temporal-${TEMPORAL_CLI_VERSION}`);
}

function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function findOnPath(command, env = process.env) {
  for (const dir of (env.PATH || '').split(delimiter)) {
    if (dir && isExecutableFile(join(dir, command))) return join(dir, command);
  }
  return undefined;
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
  const cacheDir = temporalCacheDir(env);
  // Build into a private directory and rename, so a concurrent run never sees a half-written binary.
  const buildDir = `${cacheDir}.build-${process.pid}`;
  mkdirSync(buildDir, { recursive: true });
  log(`Building the Temporal CLI ${TEMPORAL_CLI_VERSION} with ${go} (a cold build takes several minutes)...`);
  const started = Date.now();
  const heartbeat = setInterval(() => {
    log(`  still building the Temporal CLI: ${Math.round((Date.now() - started) / 1000)} s elapsed`);
  }, PROGRESS_INTERVAL_MS);
  try {
    const { code, signal, output, spawnError } = await new Promise((done) => {
      const child = spawn(go, ['install', target], {
        env: { ...env, GOBIN: buildDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      const onData = (chunk) => {
        const text = chunk.toString();
        output = (output + text).slice(-8000);
        process.stderr.write(text);
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('error', (spawnError) => done({ spawnError, output }));
      child.on('close', (code, signal) => done({ code, signal, output }));
    });
    if (spawnError) throw new Error(`Could not run ${go}: ${spawnError.message}`);
    if (code !== 0) {
      throw new Error(
        `\`go install ${target}\` failed (${signal ? `signal ${signal}` : `exit code ${code}`}):\n${output.trim()}`,
      );
    }
    mkdirSync(cacheDir, { recursive: true });
    renameSync(join(buildDir, 'temporal'), join(cacheDir, 'temporal'));
    log(`Built the Temporal CLI in ${Math.round((Date.now() - started) / 1000)} s: ${join(cacheDir, 'temporal')}`);
    return join(cacheDir, 'temporal');
  } finally {
    clearInterval(heartbeat);
    rmSync(buildDir, { recursive: true, force: true });
  }
}

/** The Temporal CLI's path, building it when needed. */
export async function ensureTemporalCli(options = {}) {
  const found = findTemporalCli(options.env ?? process.env);
  if (found) return found.path;
  return buildTemporalCli(options);
}

const runAsScript = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (runAsScript) {
  ensureTemporalCli().then(
    (path) => {
      if (!existsSync(path)) throw new Error(`resolved ${path} but it does not exist`);
      process.stdout.write(`${path}\n`);
    },
    (error) => {
      process.stderr.write(`ensure-temporal: ${error.message}\n`);
      process.exit(1);
    },
  );
}
