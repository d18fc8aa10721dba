import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The latest modification time of `path` or anything below it (0 if it does not exist). */
export function newestMtime(path: string): number {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}
