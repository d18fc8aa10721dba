/**
 * Nearest-rank percentile: the smallest value with at least `p` percent of the values at or below it, the way
 * HDR histograms (autocannon's latencies) answer, so hand-measured and autocannon percentiles compare.
 * `p` is in percent (50, 99); at least one value is required.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  if (!(p >= 0 && p <= 100)) throw new Error(`percentile ${p} is not between 0 and 100`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}
