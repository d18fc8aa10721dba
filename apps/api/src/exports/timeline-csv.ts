import type { TimelineEntry } from '@auditflow/domain';

const COLUMNS = ['workflowId', 'seq', 'occurredAt', 'recordedAt', 'phase', 'type', 'actor', 'actorRole', 'summary', 'subjectId', 'prevHash', 'hash'] as const;

/** A field as RFC 4180 writes it: quoted when it holds a quote, a comma or a line break, with quotes doubled. */
function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The timeline as a table, one line per row, with a header row; CRLF line ends as RFC 4180 has them. */
export function timelineCsv(timeline: readonly TimelineEntry[]): string {
  const rows = timeline.map((entry) =>
    [entry.workflowId, entry.seq, entry.occurredAt, entry.recordedAt, entry.phase, entry.type, entry.actor?.email, entry.actor?.role, entry.summary, entry.subjectId, entry.prevHash, entry.hash].map(csvField).join(','),
  );
  return [COLUMNS.join(','), ...rows].map((row) => `${row}\r\n`).join('');
}
