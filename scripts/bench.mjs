#!/usr/bin/env node
// `npm run bench`: install, ensure the Temporal CLI, compile everything (bench/ included), then the rules benchmark and
// the system benchmark (bench/system: Auditflow as `npm start` runs it, next to bare baselines in the same run).
// Exits non-zero when either misses a target. `npm run bench -- --rules` runs only the rules benchmark.
import { join } from 'node:path';
import { ensureDependencies, ROOT, run, say } from './bootstrap.mjs';
import { ensureTemporalCli } from './ensure-temporal.mjs';

try {
  await ensureDependencies();
  const env = { ...process.env, TEMPORAL_CLI_PATH: await ensureTemporalCli({ env: process.env }) };
  const built = await run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-b']);
  if (built !== 0) throw new Error(`tsc -b failed with exit code ${built}`);
  const rules = await run(process.execPath, ['--expose-gc', join(ROOT, 'bench', 'dist', 'audit-rules.bench.js')], { env });
  const system = process.argv.includes('--rules') ? 0 : await run(process.execPath, ['--enable-source-maps', join(ROOT, 'bench', 'dist', 'system', 'system.bench.js')], { env });
  process.exitCode = rules || system;
} catch (error) {
  say(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
