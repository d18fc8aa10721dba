/** One line of the benchmark's table: what Auditflow did, what its baseline did in the same run, and the target. */
export interface Measurement {
  what: string;
  auditflow: string;
  baseline?: string;
  ratio?: number;
  target: string;
  /** undefined: recorded for information, no target. */
  met?: boolean;
}

export const ratioOf = (auditflow: number, baseline: number) => auditflow / baseline;
export const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
export const perSecond = (value: number, unit: string) => `${value.toFixed(value < 10 ? 2 : 1)} ${unit}/s`;
export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/** The table as Markdown, so a run's output can go into bench/README.md as it is. */
export function table(rows: readonly Measurement[]): string {
  const lines = ['| what | Auditflow | baseline (same run) | ratio | target | met |', '|---|---|---|---|---|---|'];
  for (const row of rows) {
    const met = row.met === undefined ? '' : row.met ? 'yes' : '**no**';
    lines.push(`| ${row.what} | ${row.auditflow} | ${row.baseline ?? ''} | ${row.ratio === undefined ? '' : row.ratio.toFixed(2)} | ${row.target} | ${met} |`);
  }
  return lines.join('\n');
}
