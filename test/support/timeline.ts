import type { TimelineEntry, TimelinePage } from '@auditflow/domain';
import type { AuditflowClient } from '@auditflow/samples';

/**
 * An audit's whole timeline as `as` may read it, oldest first: every page of GET /audits/{id}/timeline (the detail,
 * GET /audits/{id}, carries none). Throws on any answer but 200, so a refused read is never taken for an empty one.
 */
export async function readTimeline(client: AuditflowClient, auditId: string, as: string): Promise<TimelineEntry[]> {
  const lines: TimelineEntry[] = [];
  for (;;) {
    const answer = await client.get<TimelinePage>(`/audits/${auditId}/timeline?order=oldest-first&limit=500&offset=${lines.length}`, as);
    if (answer.status !== 200) throw new Error(`GET /audits/${auditId}/timeline as ${as} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    lines.push(...answer.body.items);
    if (answer.body.items.length === 0 || lines.length >= answer.body.total) return lines;
  }
}
