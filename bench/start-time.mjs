#!/usr/bin/env node
// Time from `npm start` to "Auditflow is up" (a warm start: dependencies installed, code compiled, .data/ present),
// then Ctrl-C and wait for the stack to stop. Prints one line: `up_ms=<n>`. For a baseline, run it several times
// and take the median: for run in 1 2 3 4 5; do node bench/start-time.mjs; done
import { spawn } from 'node:child_process';

const started = Date.now();
const child = spawn(process.execPath, ['scripts/start.mjs'], { stdio: ['ignore', 'pipe', 'pipe'] });
let output = '';
let upAt;
const watch = (chunk) => {
  output += chunk.toString();
  if (upAt === undefined && output.includes('Auditflow is up')) {
    upAt = Date.now();
    child.kill('SIGINT');
  }
};
child.stdout.on('data', watch);
child.stderr.on('data', watch);
const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
child.on('exit', (code) => {
  clearTimeout(timer);
  if (upAt === undefined) {
    process.stderr.write(`the stack did not come up (exit ${code}):\n${output.slice(-2000)}\n`);
    process.exit(1);
  }
  process.stdout.write(`up_ms=${upAt - started}\n`);
});
