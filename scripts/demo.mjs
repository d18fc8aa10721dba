#!/usr/bin/env node
// `npm run demo`: compile if needed, then drive one sample audit through a running `npm start`.
import { join } from 'node:path';
import { buildTypescript, ensureDependencies, ROOT, run, say } from './bootstrap.mjs';

try {
  await ensureDependencies();
  await buildTypescript();
  process.exitCode = await run(process.execPath, ['--enable-source-maps', join(ROOT, 'libs', 'samples', 'dist', 'demo.js')], { env: process.env });
} catch (error) {
  say(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
