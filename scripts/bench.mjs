#!/usr/bin/env node
// `npm run bench`: install, ensure the Temporal CLI, compile everything (bench/ included), then the rules benchmark and
// the system benchmark (bench/system: Auditflow as `npm start` runs it, next to bare baselines in the same run).
// Exits non-zero when either misses a target. `npm run bench -- --rules` runs only the rules benchmark;
// `npm run bench -- --worker-memory` only the worker's memory as open audits pile up, and
// `npm run bench -- --workflow-modules` only what each workflow's modules cost the worker (neither has a target);
// `npm run bench -- --follow-up-memory` only the worker's memory with 10,000 open follow-ups (target < 2 GiB).
import { join } from 'node:path';
import { ensureDependencies, ROOT, run, say } from './bootstrap.mjs';
import { ensureTemporalCli } from './ensure-temporal.mjs';

try {
  await ensureDependencies();
  const env = { ...process.env, TEMPORAL_CLI_PATH: await ensureTemporalCli({ env: process.env }) };
  const built = await run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-b']);
  if (built !== 0) throw new Error(`tsc -b failed with exit code ${built}`);
  const system = (name) => run(process.execPath, ['--enable-source-maps', join(ROOT, 'bench', 'dist', 'system', name)], { env });
  if (process.argv.includes('--worker-memory')) {
    process.exitCode = await system('worker-memory.bench.js');
  } else if (process.argv.includes('--follow-up-memory')) {
    process.exitCode = await system('follow-up-memory.bench.js');
  } else if (process.argv.includes('--workflow-modules')) {
    process.exitCode = await run(process.execPath, ['--expose-gc', join(ROOT, 'bench', 'dist', 'workflow-modules.bench.js')], { env });
  } else {
    const rules = await run(process.execPath, ['--expose-gc', join(ROOT, 'bench', 'dist', 'audit-rules.bench.js')], { env });
    const whole = process.argv.includes('--rules') ? 0 : await system('system.bench.js');
    process.exitCode = rules || whole;
  }
} catch (error) {
  say(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
