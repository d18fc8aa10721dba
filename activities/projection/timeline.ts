import { EntityManager } from 'typeorm';
import { AuditPhase, canonicalJson, ProgressRecord } from '@auditflow/domain';
import { ChainedEventRow, chainedEventHash, lastChainHash, sha256Hex } from '@auditflow/persistence';
import { insertMissing, TableSpec } from './sql';

interface EventRow {
  audit_id: string;
  workflow_id: string;
  seq: number;
  type: string;
  summary: string;
  phase: string;
  actor_email?: string;
  actor_role?: string;
  actor_person_id?: string;
  actor_via?: string;
  subject_id?: string;
  data?: Record<string, unknown>;
  occurred_at: string;
  prev_hash?: string | null;
  hash?: string;
}

const AUDIT_EVENTS: TableSpec<EventRow> = {
  table: 'audit_events',
  key: ['workflow_id', 'seq'],
  columns: {
    audit_id: 'uuid',
    workflow_id: 'text',
    seq: 'integer',
    type: 'text',
    summary: 'text',
    phase: 'text',
    actor_email: 'text',
    actor_role: 'text',
    actor_person_id: 'uuid',
    actor_via: 'text',
    subject_id: 'text',
    data: 'jsonb',
    occurred_at: 'timestamptz',
    prev_hash: 'text',
    hash: 'text',
  },
};

/** The record's events numbered from `firstSeq`; notification intents go to the outbox, not into `data`. */
export function eventRows(record: ProgressRecord): EventRow[] {
  return record.events.map((event, index) => ({
    audit_id: record.auditId,
    workflow_id: record.workflowId,
    seq: record.firstSeq + index,
    type: event.type,
    summary: event.summary,
    phase: record.phase,
    actor_email: event.actor?.email,
    actor_role: event.actor?.role,
    actor_person_id: event.actor?.personId,
    actor_via: event.actor?.via,
    subject_id: event.subjectId,
    data: withIssuedReportHash(record, event),
    occurred_at: record.at,
  }));
}

/**
 * An issued report version goes into the chain with the SHA-256 of what it says (canonical JSON of its content, as
 * recorded in the same step), so a report changed after it was issued no longer matches its line.
 */
function withIssuedReportHash(record: ProgressRecord, event: ProgressRecord['events'][number]): Record<string, unknown> | undefined {
  if (event.type !== 'report.issued' || record.delta.kind !== 'audit') return event.data;
  const report = record.delta.reports.find((version) => `report-${version.version}` === event.subjectId);
  return report ? { ...event.data, reportVersion: report.version, reportSha256: sha256Hex(canonicalJson(report.content)) } : event.data;
}

/**
 * Insert-only: an event already recorded under (workflow, seq) is kept exactly as it was first written, hash and all.
 * The missing ones are chained after the workflow's last recorded line (timeline-chain in the domain); the caller
 * holds the workflow's lock, so no other record of it appends meanwhile.
 */
export async function appendEvents(db: EntityManager, record: ProgressRecord): Promise<void> {
  const rows = eventRows(record);
  if (rows.length === 0) return;
  const existing: Array<{ seq: number }> = await db.query(`SELECT seq FROM audit_events WHERE workflow_id = $1 AND seq = ANY($2::int[])`, [
    record.workflowId,
    rows.map((row) => row.seq),
  ]);
  const recorded = new Set(existing.map((row) => row.seq));
  let previous = await lastChainHash(db, record.workflowId);
  const missing = rows.filter((row) => !recorded.has(row.seq)).map((row) => {
    const stored = asStored(row);
    const hash = chainedEventHash(record.auditId, stored, previous);
    const chained = { ...row, prev_hash: previous, hash };
    previous = hash;
    return chained;
  });
  // Inserted in seq order so the timeline's bigserial ids follow the workflow's own order (and the chain's).
  await insertMissing(db, AUDIT_EVENTS, missing, 'seq');
}

/** The row as PostgreSQL will hold it and hand it back: JSON values as jsonb keeps them, no U+0000 (see insertMissing), millisecond times. */
function asStored(row: EventRow): ChainedEventRow {
  const plain = JSON.parse(JSON.stringify(row, (_key, value: unknown) => (typeof value === 'string' ? value.replaceAll('\u0000', '') : value))) as EventRow;
  return {
    workflow_id: plain.workflow_id,
    seq: plain.seq,
    type: plain.type,
    summary: plain.summary,
    phase: plain.phase as AuditPhase,
    actor_email: plain.actor_email ?? null,
    actor_role: (plain.actor_role ?? null) as ChainedEventRow['actor_role'],
    actor_person_id: plain.actor_person_id ?? null,
    actor_via: (plain.actor_via ?? null) as ChainedEventRow['actor_via'],
    subject_id: plain.subject_id ?? null,
    data: plain.data ?? null,
    occurred_at: new Date(plain.occurred_at),
  };
}
