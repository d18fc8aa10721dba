import type { Actor, AuditPhase, TimelineEntry } from '@auditflow/domain';
import { ReadModelSource } from './source';

/** One line of an audit's timeline, from the audit workflow or one of its corrective actions (defined in the domain). */
export type { TimelineEntry };

interface EventRow {
  id: string;
  workflow_id: string;
  seq: number;
  type: string;
  summary: string;
  phase: AuditPhase;
  actor_email: string | null;
  actor_role: Actor['role'] | null;
  actor_person_id: string | null;
  actor_via: Actor['via'] | null;
  subject_id: string | null;
  data: Record<string, unknown> | null;
  occurred_at: Date;
  recorded_at: Date;
}

/** The audit's timeline, oldest first; events of one step keep their order (ids are assigned in seq order). */
export async function getTimeline(source: ReadModelSource, auditId: string): Promise<TimelineEntry[]> {
  const rows: EventRow[] = await source.query(
    `SELECT id, workflow_id, seq, type, summary, phase, actor_email, actor_role, actor_person_id, actor_via, subject_id, data, occurred_at, recorded_at
     FROM audit_events WHERE audit_id = $1 ORDER BY occurred_at, id`,
    [auditId],
  );
  return rows.map(toTimelineEntry);
}

function toTimelineEntry(row: EventRow): TimelineEntry {
  return {
    id: Number(row.id),
    workflowId: row.workflow_id,
    seq: row.seq,
    type: row.type,
    summary: row.summary,
    phase: row.phase,
    ...(row.actor_email && row.actor_role ? { actor: actorOf(row.actor_email, row.actor_role, row) } : {}),
    ...(row.subject_id !== null ? { subjectId: row.subject_id } : {}),
    ...(row.data !== null ? { data: row.data } : {}),
    occurredAt: row.occurred_at.toISOString(),
    recordedAt: row.recorded_at.toISOString(),
  };
}

function actorOf(email: string, role: Actor['role'], row: EventRow): Actor {
  return { email, role, ...(row.actor_person_id ? { personId: row.actor_person_id } : {}), ...(row.actor_via ? { via: row.actor_via } : {}) };
}
