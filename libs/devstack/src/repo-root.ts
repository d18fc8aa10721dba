import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root, found from this file whether it runs from source (ts-jest) or from dist/. */
export function findRepoRoot(start: string = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'auditflow') return dir;
    if (dirname(dir) === dir) throw new Error(`no auditflow package.json above ${start}`);
  }
}

export const REPO_ROOT = findRepoRoot();
