// Steps shared by `npm start` and `npm test` that must work on a fresh clone: plain Node, no dependencies.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const DEFAULT_TEMPORAL_ADDRESS = '127.0.0.1:7233';

export function say(line) {
  process.stderr.write(`[${process.env.npm_lifecycle_event ?? 'bootstrap'}] ${line}\n`);
}

/**
 * Runs a command with inherited output (or, with `quiet`, output kept in `run.lastOutput`); resolves to its
 * exit code, forwarding our signals to it meanwhile.
 */
export function run(command, args, { quiet = false, ...options } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', ...options });
    run.lastOutput = '';
    if (quiet) for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => (run.lastOutput += chunk));
    const forward = (signal) => child.kill(signal);
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    for (const signal of signals) process.on(signal, forward);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      for (const name of signals) process.off(name, forward);
      resolve(code ?? (signal ? 128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1) : 1));
    });
  });
}

async function mustRun(command, args, options) {
  const code = await run(command, args, options);
  if (code !== 0) throw new Error(`\`${command} ${args.join(' ')}\` failed with exit code ${code}`);
}

/** `npm ci` when node_modules is missing or older than package-lock.json. */
export async function ensureDependencies() {
  const installed = join(ROOT, 'node_modules', '.package-lock.json');
  const lock = join(ROOT, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  say(existsSync(installed) ? 'package-lock.json changed: running npm ci' : 'installing dependencies: npm ci');
  const ci = await run('npm', ['ci', '--no-audit', '--no-fund'], { quiet: true });
  process.stderr.write(ci === 0 ? run.lastOutput : '');
  if (ci === 0) return;
  // npm ci refuses a lock file that lacks entries for other platforms' optional packages, which happens when
  // the registry in use does not serve them; npm install accepts the same lock file and leaves it unchanged.
  const reason = run.lastOutput.split('\n').find((line) => /npm error (?!code)/.test(line)) ?? `exit code ${ci}`;
  say(`npm ci failed (${reason.replace(/^npm error /, '').trim()}); retrying with npm install`);
  await mustRun('npm', ['install', '--no-audit', '--no-fund']);
}

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** What `npm start` and the demo run: tsc -b builds these and the packages they reference, each into its own dist/. */
const RUNNABLE_PROJECTS = ['apps/api', 'apps/worker', 'libs/devstack', 'libs/samples'];
const BUILD_INPUTS = ['apps', 'workflows', 'activities', 'libs', 'tsconfig.base.json', 'package-lock.json'];

/** Builds every package with `tsc -b` (incremental) unless nothing it compiles changed since the last successful build. */
export async function buildTypescript() {
  const stamp = join(ROOT, 'dist', '.build-stamp');
  const inputs = BUILD_INPUTS.map((name) => join(ROOT, name)).filter((path) => existsSync(path));
  if (existsSync(stamp) && Math.max(...inputs.map(newestMtime)) <= statSync(stamp).mtimeMs) {
    if (readFileSync(stamp, 'utf8').includes('type errors')) say('sources unchanged since the last build, which had type errors');
    return;
  }
  say(`compiling TypeScript (tsc -b ${RUNNABLE_PROJECTS.join(' ')})`);
  const started = Date.now();
  const code = await run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-b', ...RUNNABLE_PROJECTS]);
  // Exit code 1 with type errors still emits JavaScript (noEmitOnError is off). Run it anyway so one type error
  // does not block starting the app; `npm run typecheck` is the gate for type errors.
  const typeErrors = code !== 0 && existsSync(join(ROOT, 'libs', 'devstack', 'dist', 'stack.js'));
  if (code !== 0 && !typeErrors) throw new Error(`tsc -b ${RUNNABLE_PROJECTS.join(' ')} failed with exit code ${code}`);
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, typeErrors ? 'type errors' : 'ok');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  say(typeErrors ? `compiled in ${seconds} s with type errors (above); running the emitted JavaScript anyway` : `compiled in ${seconds} s`);
}

/** What the web app is built from: its own sources and the shared rules it imports. */
const WEB_INPUTS = ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'libs/domain/src', 'package-lock.json'];

/** Builds the web app with Vite into apps/web/dist (which the API serves) unless nothing it is built from changed. */
export async function buildWebApp() {
  const stamp = join(ROOT, 'apps', 'web', 'dist', '.build-stamp');
  const newest = Math.max(...WEB_INPUTS.map((name) => join(ROOT, name)).filter((path) => existsSync(path)).map(newestMtime));
  if (existsSync(stamp) && newest <= statSync(stamp).mtimeMs) return;
  say('building the web app (vite build)');
  const started = Date.now();
  await mustRun(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: join(ROOT, 'apps', 'web') });
  writeFileSync(stamp, 'ok');
  say(`built the web app in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Same rule as the launcher: its own Temporal dev server unless TEMPORAL_ADDRESS names another cluster. */
export function needsLocalTemporal(env = process.env) {
  return !env.TEMPORAL_ADDRESS || env.TEMPORAL_ADDRESS === DEFAULT_TEMPORAL_ADDRESS;
}
