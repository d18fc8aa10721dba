import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './repo-root';

/**
 * The Temporal CLI's path, resolved (and built if needed) by scripts/ensure-temporal.mjs, the one place that
 * knows the pinned version and the lookup order. It runs as a child process so this works the same from
 * dist/, from ts-jest and before dependencies are installed.
 */
export function resolveTemporalCli(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const script = join(REPO_ROOT, 'scripts', 'ensure-temporal.mjs');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-8000);
      process.stderr.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const path = stdout.trim().split('\n').pop();
      if (code === 0 && path) resolve(path);
      else reject(new Error(`Could not resolve the Temporal CLI (${script} exited with ${code}):\n${stderr.trim()}`));
    });
  });
}
