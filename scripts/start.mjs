#!/usr/bin/env node
// `npm start`: install, ensure the Temporal CLI, compile, then run the local stack launcher until Ctrl-C.
import { join } from 'node:path';
import { buildTypescript, buildWebApp, ensureDependencies, needsLocalTemporal, ROOT, run, say } from './bootstrap.mjs';
import { ensureTemporalCli } from './ensure-temporal.mjs';

try {
  await ensureDependencies();
  const env = { ...process.env };
  if (needsLocalTemporal(env)) env.TEMPORAL_CLI_PATH = await ensureTemporalCli({ env });
  await buildTypescript();
  await buildWebApp();
  const launcher = join(ROOT, 'libs', 'devstack', 'dist', 'stack.js');
  process.exitCode = await run(process.execPath, ['--enable-source-maps', launcher], { env });
} catch (error) {
  say(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
