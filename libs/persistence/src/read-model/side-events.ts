import type { AuditPhase } from '@auditflow/domain';
import { ReadModelSource } from './source';
import { ChainedEventRow, chainedEventHash, lastChainHashes, lockTimelineChains } from './timeline';

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
  await appendSideEvents(db, [event]);
}

/**
 * appendSideEvent of several lines in four statements, whatever their number: the locks of their workflow ids (in
 * one order, see lockTimelineChains), their seq, phase and time, the last hash of each chain, and one insert. Lines
 * of one workflow id are chained in the order given; those without a seq take the next free ones in that order.
 */
export async function appendSideEvents(db: ReadModelSource, events: readonly SideEvent[]): Promise<void> {
  if (events.length === 0) return;
  const workflowIds = events.map((event) => event.workflowId);
  await lockTimelineChains(db, workflowIds);
  const settled: Array<{ seq: number; phase: AuditPhase; occurred_at: Date }> = await db.query(
    `SELECT COALESCE(e.seq, (SELECT count(*)::int + 1 FROM audit_events WHERE workflow_id = e.workflow_id)) AS seq,
            COALESCE(e.phase, (SELECT phase FROM audits WHERE id = e.audit_id), (SELECT phase FROM audit_events WHERE audit_id = e.audit_id ORDER BY id DESC LIMIT 1), 'initiating') AS phase,
            date_trunc('milliseconds', COALESCE(e.occurred_at, now())) AS occurred_at
       FROM jsonb_to_recordset($1::jsonb) AS e(n int, audit_id uuid, workflow_id text, seq int, phase text, occurred_at timestamptz)
      ORDER BY e.n`,
    [JSON.stringify(events.map((event, n) => ({ n, audit_id: event.auditId, workflow_id: event.workflowId, seq: event.seq ?? null, phase: event.phase ?? null, occurred_at: event.occurredAt ?? null })))],
  );
  const previous = await lastChainHashes(db, workflowIds);
  const unnumbered = new Map<string, number>();
  const rows = events.map((event, index) => {
    const { seq, phase, occurred_at } = settled[index]!;
    // Lines of one workflow id without a seq were all settled to the same next one: they follow each other.
    const later = event.seq === undefined ? (unnumbered.get(event.workflowId) ?? 0) : 0;
    if (event.seq === undefined) unnumbered.set(event.workflowId, later + 1);
    const row: ChainedEventRow = {
      workflow_id: event.workflowId,
      seq: seq + later,
      type: event.type,
      summary: event.summary,
      phase,
      actor_email: event.actor?.email ?? null,
      actor_role: null,
      actor_person_id: event.actor?.personId ?? null,
      actor_via: null,
      subject_id: event.subjectId ?? null,
      data: JSON.parse(JSON.stringify(event.data)) as Record<string, unknown>,
      occurred_at,
    };
    const prevHash = previous.get(event.workflowId) ?? null;
    const hash = chainedEventHash(event.auditId, row, prevHash);
    previous.set(event.workflowId, hash);
    return { n: index, audit_id: event.auditId, ...row, prev_hash: prevHash, hash };
  });
  await db.query(
    `INSERT INTO audit_events (audit_id, workflow_id, seq, type, summary, phase, subject_id, actor_email, actor_person_id, data, occurred_at, prev_hash, hash)
     SELECT audit_id, workflow_id, seq, type, summary, phase, subject_id, actor_email, actor_person_id, data, occurred_at, prev_hash, hash
       FROM jsonb_to_recordset($1::jsonb) AS e(n int, audit_id uuid, workflow_id text, seq int, type text, summary text, phase text, subject_id text,
            actor_email text, actor_person_id uuid, data jsonb, occurred_at timestamptz, prev_hash text, hash text)
      ORDER BY e.n
     ON CONFLICT (workflow_id, seq) DO NOTHING`,
    [JSON.stringify(rows)],
  );
}
