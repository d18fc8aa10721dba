#!/usr/bin/env node
// `npm test`: install, ensure the Temporal CLI, Temporal's own server, the S3 server and Chromium, run Jest (unit + integration) and finish
// with the line `jest: N passed, N failed`, which CI reads. Arguments after `--` go to Jest.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildWebApp, ensureDependencies, ROOT, run, say } from './bootstrap.mjs';
import { ensureS3Server } from './ensure-s3-server.mjs';
import { ensureTemporalCli } from './ensure-temporal.mjs';
import { ensureTemporalServer } from './ensure-temporal-server.mjs';

/** Debian packages the tests use: Chromium for the browser tests, poppler's pdftotext to read report PDFs back, unzip to open the record export, openssl for test certificates. */
const DEBIAN_TOOLS = [
  { path: '/usr/bin/chromium', pkg: 'chromium', why: 'browser tests' },
  { path: '/usr/bin/pdftotext', pkg: 'poppler-utils', why: 'report PDF tests' },
  { path: '/usr/bin/unzip', pkg: 'unzip', why: 'record export tests' },
  { path: '/usr/bin/openssl', pkg: 'openssl', why: 'certificates of the mTLS cluster test' },
];
const RESULTS = join(ROOT, 'test', '.tmp', 'jest-results.json');

async function ensureDebianTools() {
  const missing = DEBIAN_TOOLS.filter((tool) => !existsSync(tool.path));
  if (!missing.length) return;
  const packages = missing.map((tool) => tool.pkg);
  const install = `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new Error(`${missing.map((tool) => `${tool.path} (${tool.why})`).join(', ')} missing. Install with: sudo sh -c '${install}'`);
  }
  say(`installing ${packages.join(', ')}: ${install}`);
  const lockWait = ['-o', 'DPkg::Lock::Timeout=900'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if ((await run('apt-get', [...lockWait, 'update'], { env })) !== 0) throw new Error('apt-get update failed');
  if ((await run('apt-get', [...lockWait, 'install', '-y', ...packages], { env })) !== 0) throw new Error(`apt-get install -y ${packages.join(' ')} failed`);
}

function summary(jestExitCode) {
  try {
    const results = JSON.parse(readFileSync(RESULTS, 'utf8'));
    // A suite that cannot even load has no failed tests but is a failure all the same.
    let failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    if (jestExitCode !== 0 && failed === 0) failed = 1;
    return { passed: results.numPassedTests, failed };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

let jestExitCode = 1;
try {
  await ensureDependencies();
  // Go builds on a cold machine, before any test runs (Temporal's own server is the longest, about 16 min on 2 cores);
  // Go's own locks let them share its module and build caches.
  const [temporalCli, s3Server, temporalServer] = await Promise.all([ensureTemporalCli(), ensureS3Server(), ensureTemporalServer()]);
  const env = { ...process.env, TEMPORAL_CLI_PATH: temporalCli, S3_SERVER_PATH: s3Server, TEMPORAL_SERVER_DIR: temporalServer };
  await ensureDebianTools();
  await buildWebApp();
  mkdirSync(join(ROOT, 'test', '.tmp'), { recursive: true });
  rmSync(RESULTS, { force: true });
  const jest = join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js');
  // One test file at a time: the integration suites share one Temporal server and 2 cores. The condition makes
  // the @auditflow/* packages resolve to their TypeScript sources (see jest.config.js).
  // One process holds every suite in turn: a clean-clone run outgrew Node's default ~4 GiB heap after 68 suites
  // (GC thrash, then out of memory). The leak is not found yet; the heap is raised so the run completes meanwhile.
  const args = ['--max-old-space-size=12288', '--conditions=@auditflow/source', jest, '--runInBand', '--forceExit', '--json', `--outputFile=${RESULTS}`, ...process.argv.slice(2)];
  jestExitCode = await run(process.execPath, args, { env });
} catch (error) {
  say(error instanceof Error ? error.message : String(error));
}
const { passed, failed } = summary(jestExitCode);
process.stdout.write(`jest: ${passed} passed, ${failed} failed\n`);
process.exitCode = failed > 0 || jestExitCode !== 0 ? 1 : 0;
