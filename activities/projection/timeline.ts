import { EntityManager } from 'typeorm';
import { ProgressRecord } from '@auditflow/domain';
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
    data: event.data,
    occurred_at: record.at,
  }));
}

/** Insert-only: an event already recorded under (workflow, seq) is kept exactly as it was first written. */
export async function appendEvents(db: EntityManager, record: ProgressRecord): Promise<void> {
  // Inserted in seq order so the timeline's bigserial ids follow the workflow's own order.
  await insertMissing(db, AUDIT_EVENTS, eventRows(record), 'seq');
}
