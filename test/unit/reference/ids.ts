/** Numeric order of dotted ids ('A.5.9' before 'A.5.10', '9.3' before '10.1'), written independently of the data. */
export function compareDottedIds(a: string, b: string): number {
  const parts = (id: string) => id.replace(/^A\./, '').split('.').map(Number);
  const [left, right] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? -1) - (right[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}
