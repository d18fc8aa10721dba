import { EntityManager } from 'typeorm';
import { FollowUpDelta, ProgressRecord } from '@auditflow/domain';
import { TableSpec, upsertGuarded } from './sql';

type CorrectiveAction = FollowUpDelta['correctiveAction'];

interface CorrectiveActionRow {
  audit_id: string;
  finding_id: string;
  workflow_id: string;
  grade: string;
  status: string;
  round: number;
  opened_at: string;
  closed_at?: string;
  next_due_at?: string;
  plans: CorrectiveAction['plans'];
  evidence: CorrectiveAction['evidence'];
  verifications: CorrectiveAction['verifications'];
  deferrals: NonNullable<CorrectiveAction['deferrals']>;
  recheck_due_at?: string;
  last_seq: number;
  updated_at: string;
}

const CORRECTIVE_ACTIONS: TableSpec<CorrectiveActionRow> = {
  table: 'corrective_actions',
  key: ['audit_id', 'finding_id'],
  columns: {
    audit_id: 'uuid',
    finding_id: 'text',
    workflow_id: 'text',
    grade: 'text',
    status: 'text',
    round: 'integer',
    opened_at: 'timestamptz',
    closed_at: 'timestamptz',
    next_due_at: 'timestamptz',
    plans: 'jsonb',
    evidence: 'jsonb',
    verifications: 'jsonb',
    deferrals: 'jsonb',
    recheck_due_at: 'timestamptz',
    last_seq: 'integer',
    updated_at: 'timestamptz',
  },
};

/** The follow-up record always carries the whole corrective action (it is small), so this is a plain guarded upsert. */
export async function upsertCorrectiveAction(db: EntityManager, record: ProgressRecord, delta: FollowUpDelta): Promise<void> {
  const action = delta.correctiveAction;
  await upsertGuarded(db, CORRECTIVE_ACTIONS, [
    {
      audit_id: record.auditId,
      finding_id: delta.findingId,
      workflow_id: record.workflowId,
      grade: action.grade,
      status: action.status,
      round: action.round,
      opened_at: action.openedAt,
      closed_at: action.closedAt,
      next_due_at: action.nextDueAt,
      plans: action.plans,
      evidence: action.evidence,
      verifications: action.verifications,
      deferrals: action.deferrals ?? [],
      recheck_due_at: action.recheckDueAt,
      last_seq: record.firstSeq,
      updated_at: record.at,
    },
  ]);
}
