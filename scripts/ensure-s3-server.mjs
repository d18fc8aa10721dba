#!/usr/bin/env node
// Finds the S3-compatible server the tests store files on (Versity Gateway, Apache-2.0), building it with Go when it
// is not cached. Plain Node without dependencies, like ensure-temporal.mjs: progress goes to stderr; the resolved
// path is the last line on stdout, so other tools can call this script and read it.
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findOnPath } from './ensure-temporal.mjs';

export const S3_SERVER_VERSION = 'v1.8.0';
export const S3_SERVER_MODULE = 'github.com/versity/versitygw/cmd/versitygw';
const S3_SERVER_BINARY = 'versitygw';
const PROGRESS_INTERVAL_MS = 15_000;

export function s3ServerCacheDir(env = process.env) {
  const cacheHome = env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache');
  return join(cacheHome, 'auditflow', `versitygw-${S3_SERVER_VERSION}`);
}

function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The S3 server without building anything: S3_SERVER_PATH, then the cache. Not PATH: another version of versitygw
 * there may answer differently. Returns undefined when a build is needed; throws when S3_SERVER_PATH names a
 * missing file.
 */
export function findS3Server(env = process.env) {
  if (env.S3_SERVER_PATH) {
    const path = resolve(env.S3_SERVER_PATH);
    if (!isExecutableFile(path)) throw new Error(`S3_SERVER_PATH=${env.S3_SERVER_PATH} is not an executable file`);
    return { path, source: 'S3_SERVER_PATH' };
  }
  const cached = join(s3ServerCacheDir(env), S3_SERVER_BINARY);
  if (isExecutableFile(cached)) return { path: cached, source: 'cache' };
  return undefined;
}

/** Builds the pinned server into the cache with `go install`; go's output and a heartbeat go to `log`. */
export async function buildS3Server({ env = process.env, log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const go = findOnPath('go', env);
  const target = `${S3_SERVER_MODULE}@${S3_SERVER_VERSION}`;
  const cacheDir = s3ServerCacheDir(env);
  if (!go) {
    throw new Error(
      `The S3 server was not found (S3_SERVER_PATH unset, nothing in ${cacheDir}) and Go is not on PATH to build it. ` +
        `Install Go, or build it yourself and set S3_SERVER_PATH: GOBIN=${cacheDir} go install ${target}`,
    );
  }
  // Build into a private directory and rename, so a concurrent run never sees a half-written binary.
  const buildDir = `${cacheDir}.build-${process.pid}`;
  mkdirSync(buildDir, { recursive: true });
  log(`Building the S3 server (versitygw ${S3_SERVER_VERSION}) with ${go} (a cold build takes a few minutes)...`);
  const started = Date.now();
  const heartbeat = setInterval(() => {
    log(`  still building the S3 server: ${Math.round((Date.now() - started) / 1000)} s elapsed`);
  }, PROGRESS_INTERVAL_MS);
  try {
    const { code, signal, output, spawnError } = await new Promise((done) => {
      const child = spawn(go, ['install', target], { env: { ...env, GOBIN: buildDir }, stdio: ['ignore', 'pipe', 'pipe'] });
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
      throw new Error(`\`go install ${target}\` failed (${signal ? `signal ${signal}` : `exit code ${code}`}):\n${output.trim()}`);
    }
    mkdirSync(cacheDir, { recursive: true });
    const path = join(cacheDir, S3_SERVER_BINARY);
    renameSync(join(buildDir, S3_SERVER_BINARY), path);
    log(`Built the S3 server in ${Math.round((Date.now() - started) / 1000)} s: ${path}`);
    return path;
  } finally {
    clearInterval(heartbeat);
    rmSync(buildDir, { recursive: true, force: true });
  }
}

/** The S3 server's path, building it when needed. */
export async function ensureS3Server(options = {}) {
  const found = findS3Server(options.env ?? process.env);
  if (found) return found.path;
  return buildS3Server(options);
}

const runAsScript = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (runAsScript) {
  ensureS3Server().then(
    (path) => {
      if (!existsSync(path)) throw new Error(`resolved ${path} but it does not exist`);
      process.stdout.write(`${path}\n`);
    },
    (error) => {
      process.stderr.write(`ensure-s3-server: ${error.message}\n`);
      process.exit(1);
    },
  );
}
