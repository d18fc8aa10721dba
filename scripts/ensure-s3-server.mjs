#!/usr/bin/env node
// Finds the S3-compatible server the tests store files on (Versity Gateway, Apache-2.0), building it with Go when it
// is not cached. Plain Node without dependencies, like ensure-temporal.mjs: progress goes to stderr; the resolved
// path is the last line on stdout, so other tools can call this script and read it.
import { join, resolve } from 'node:path';
import { auditflowCacheDir, findOnPath, goInstallInto, isExecutableFile, runAsEnsureScript } from './go-install.mjs';

export const S3_SERVER_VERSION = 'v1.8.0';
export const S3_SERVER_MODULE = 'github.com/versity/versitygw/cmd/versitygw';
const S3_SERVER_BINARY = 'versitygw';

export function s3ServerCacheDir(env = process.env) {
  return auditflowCacheDir(`versitygw-${S3_SERVER_VERSION}`, env);
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
  return goInstallInto({ go, target, binary: S3_SERVER_BINARY, cacheDir, label: `the S3 server (versitygw ${S3_SERVER_VERSION})`, env, log });
}

/** The S3 server's path, building it when needed. */
export async function ensureS3Server(options = {}) {
  const found = findS3Server(options.env ?? process.env);
  if (found) return found.path;
  return buildS3Server(options);
}

runAsEnsureScript(import.meta.url, 'ensure-s3-server', ensureS3Server);
