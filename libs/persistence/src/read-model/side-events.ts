import { ReadModelSource } from './source';

/**
 * A timeline line that no workflow step writes: a mail sent or given up, an admin's decision on stuck work. It lives
 * under a workflow id of its own (audit_events is unique on workflow id and seq), with the given seq, or the next
 * free one when none is given. An existing (workflow id, seq) is kept as it is. Its phase is the one given, else the
 * audit's, else that of the audit's latest line.
 */
export interface SideEvent {
  auditId: string;
  workflowId: string;
  seq?: number;
  type: string;
  summary: string;
  phase?: string | null;
  subjectId?: string | null;
  actor?: { email: string; personId: string };
  data: Record<string, unknown>;
  occurredAt?: Date;
}

export async function appendSideEvent(db: ReadModelSource, event: SideEvent): Promise<void> {
  await db.query(
    `INSERT INTO audit_events (audit_id, workflow_id, seq, type, summary, phase, subject_id, actor_email, actor_person_id, data, occurred_at)
     VALUES ($1, $2,
             COALESCE($3, (SELECT count(*)::int + 1 FROM audit_events WHERE workflow_id = $2)),
             $4, $5,
             COALESCE($6, (SELECT phase FROM audits WHERE id = $1), (SELECT phase FROM audit_events WHERE audit_id = $1 ORDER BY id DESC LIMIT 1), 'initiating'),
             $7, $8, $9, $10, COALESCE($11, now()))
     ON CONFLICT (workflow_id, seq) DO NOTHING`,
    [
      event.auditId,
      event.workflowId,
      event.seq ?? null,
      event.type,
      event.summary,
      event.phase ?? null,
      event.subjectId ?? null,
      event.actor?.email ?? null,
      event.actor?.personId ?? null,
      JSON.stringify(event.data),
      event.occurredAt ?? null,
    ],
  );
}
