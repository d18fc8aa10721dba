import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from './repo-root';

/**
 * The compiled JavaScript a workspace package exports as `specifier` (the export's "default" target): what plain
 * Node runs. Tools resolve `@auditflow/*` to TypeScript sources, but the processes the stack and the tests start
 * run compiled code, so they ask for it by name here instead of building paths by hand.
 */
export function compiledEntry(specifier: string): string {
  const [scope, name, ...subpath] = specifier.split('/');
  const packageDir = realpathSync(join(REPO_ROOT, 'node_modules', scope, name));
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { exports?: Record<string, { default?: string }> };
  const target = manifest.exports?.[subpath.length ? `./${subpath.join('/')}` : '.']?.default;
  if (!target) throw new Error(`${specifier} names no compiled entry in ${join(packageDir, 'package.json')}`);
  return join(packageDir, target);
}

/** The folder of compiled code that holds `specifier`'s entry. */
export function compiledDir(specifier: string): string {
  return dirname(compiledEntry(specifier));
}
