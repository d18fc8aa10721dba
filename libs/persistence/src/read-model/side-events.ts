import type { AuditPhase } from '@auditflow/domain';
import { ReadModelSource } from './source';
import { ChainedEventRow, chainedEventHash, lastChainHash, lockTimelineChain } from './timeline';

/**
 * A timeline line that no workflow step writes: a mail sent or given up, an admin's decision on stuck work. It lives
 * under a workflow id of its own (audit_events is unique on workflow id and seq), with the given seq, or the next
 * free one when none is given. An existing (workflow id, seq) is kept as it is. Its phase is the one given, else the
 * audit's, else that of the audit's latest line. A side event's actor has no audit role, so the line shows no actor
 * and its hash does not cover one: the summary, which is hashed, names who decided.
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

/**
 * Chained like every line (timeline-chain in the domain): under the workflow id's lock, the seq, phase and time are
 * settled first, so the hash covers the line exactly as stored, after the last line of that workflow id.
 */
export async function appendSideEvent(db: ReadModelSource, event: SideEvent): Promise<void> {
  await lockTimelineChain(db, event.workflowId);
  const [settled]: Array<{ seq: number; phase: AuditPhase; occurred_at: Date }> = await db.query(
    `SELECT COALESCE($3::int, (SELECT count(*)::int + 1 FROM audit_events WHERE workflow_id = $2)) AS seq,
            COALESCE($4::text, (SELECT phase FROM audits WHERE id = $1), (SELECT phase FROM audit_events WHERE audit_id = $1 ORDER BY id DESC LIMIT 1), 'initiating') AS phase,
            date_trunc('milliseconds', COALESCE($5::timestamptz, now())) AS occurred_at`,
    [event.auditId, event.workflowId, event.seq ?? null, event.phase ?? null, event.occurredAt ?? null],
  );
  const row: ChainedEventRow = {
    workflow_id: event.workflowId,
    seq: settled!.seq,
    type: event.type,
    summary: event.summary,
    phase: settled!.phase,
    actor_email: event.actor?.email ?? null,
    actor_role: null,
    actor_person_id: event.actor?.personId ?? null,
    actor_via: null,
    subject_id: event.subjectId ?? null,
    data: JSON.parse(JSON.stringify(event.data)) as Record<string, unknown>,
    occurred_at: settled!.occurred_at,
  };
  const prevHash = await lastChainHash(db, event.workflowId);
  await db.query(
    `INSERT INTO audit_events (audit_id, workflow_id, seq, type, summary, phase, subject_id, actor_email, actor_person_id, data, occurred_at, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (workflow_id, seq) DO NOTHING`,
    [
      event.auditId,
      row.workflow_id,
      row.seq,
      row.type,
      row.summary,
      row.phase,
      row.subject_id,
      row.actor_email,
      row.actor_person_id,
      JSON.stringify(row.data),
      row.occurred_at,
      prevHash,
      chainedEventHash(event.auditId, row, prevHash),
    ],
  );
}
