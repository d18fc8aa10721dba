#!/usr/bin/env node
// `npm start`: install, ensure the Temporal CLI, compile, then run the local stack launcher until Ctrl-C.
// `npm run start:cluster` (--cluster): the same with Temporal's own server on PostgreSQL, two workers and two APIs.
import { join } from 'node:path';
import { buildTypescript, buildWebApp, ensureDependencies, needsLocalTemporal, ROOT, run, say } from './bootstrap.mjs';
import { ensureTemporalCli } from './ensure-temporal.mjs';
import { ensureTemporalServer } from './ensure-temporal-server.mjs';

try {
  await ensureDependencies();
  const env = { ...process.env };
  const cluster = process.argv.includes('--cluster');
  if (needsLocalTemporal(env)) env.TEMPORAL_CLI_PATH = await ensureTemporalCli({ env });
  if (cluster) env.TEMPORAL_SERVER_DIR = await ensureTemporalServer({ env });
  await buildTypescript();
  await buildWebApp();
  const launcher = join(ROOT, 'libs', 'devstack', 'dist', 'stack.js');
  process.exitCode = await run(process.execPath, ['--enable-source-maps', launcher, ...(cluster ? ['--cluster'] : [])], { env });
} catch (error) {
  say(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
