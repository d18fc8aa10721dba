/**
 * Names in archive paths come from people (file names) and records (ids): each becomes one harmless path segment,
 * with no folder separators, no `..`, no control characters and none of the characters Windows refuses in names.
 */
export function pathSegment(name: string): string {
  const cleaned = name
    .replace(/[\p{Cc}/\\:*?"<>|]/gu, '_')
    .replace(/\.{2,}/g, '.')
    .trim();
  return cleaned === '' || cleaned === '.' ? '_' : cleaned;
}

/** Paths not yet used in one archive: a second "scan.pdf" in the same folder becomes "scan (2).pdf". */
export class UniquePaths {
  private readonly used = new Set<string>();

  take(folder: string, fileName: string): string {
    const name = pathSegment(fileName);
    const dot = name.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let path = `${folder}/${name}`;
    for (let copy = 2; this.used.has(path); copy += 1) path = `${folder}/${stem} (${copy})${extension}`;
    this.used.add(path);
    return path;
  }
}
