// What both pinned Go tools of the stack share (the Temporal CLI, the S3 server): where they are cached, how an
// executable is found, the `go install` build into that cache, and the command-line form of an ensure script.
// Plain Node without dependencies: it runs before `npm ci`.
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const PROGRESS_INTERVAL_MS = 15_000;

/** `~/.cache/auditflow/<name>` (or under XDG_CACHE_HOME). */
export function auditflowCacheDir(name, env = process.env) {
  const cacheHome = env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache');
  return join(cacheHome, 'auditflow', name);
}

export function isExecutableFile(path) {
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
 * `go install target` into `cacheDir`, leaving `cacheDir/binary`; go's output and a heartbeat go to `log`. Built into
 * a private directory and renamed, so a concurrent run never sees a half-written binary. `installedAs` is the name go
 * gives the executable (the package directory's) when it differs from `binary`.
 */
export async function goInstallInto({ go, target, binary, installedAs = binary, cacheDir, label, env = process.env, log = (line) => process.stderr.write(`${line}\n`) }) {
  const buildDir = `${cacheDir}.build-${process.pid}`;
  mkdirSync(buildDir, { recursive: true });
  log(`Building ${label} with ${go} (a cold build takes several minutes)...`);
  const started = Date.now();
  const heartbeat = setInterval(() => {
    log(`  still building ${label}: ${Math.round((Date.now() - started) / 1000)} s elapsed`);
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
    if (code !== 0) throw new Error(`\`go install ${target}\` failed (${signal ? `signal ${signal}` : `exit code ${code}`}):\n${output.trim()}`);
    mkdirSync(cacheDir, { recursive: true });
    const path = join(cacheDir, binary);
    renameSync(join(buildDir, installedAs), path);
    log(`Built ${label} in ${Math.round((Date.now() - started) / 1000)} s: ${path}`);
    return path;
  } finally {
    clearInterval(heartbeat);
    rmSync(buildDir, { recursive: true, force: true });
  }
}

/** When `moduleUrl` is the script Node runs: prints the path `ensure` resolves as the last stdout line, or fails with `name`. */
export function runAsEnsureScript(moduleUrl, name, ensure) {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(resolve(process.argv[1])).href) return;
  ensure().then(
    (path) => {
      if (!existsSync(path)) throw new Error(`resolved ${path} but it does not exist`);
      process.stdout.write(`${path}\n`);
    },
    (error) => {
      process.stderr.write(`${name}: ${error.message}\n`);
      process.exit(1);
    },
  );
}
