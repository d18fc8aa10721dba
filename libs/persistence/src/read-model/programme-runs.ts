import type { ProgrammeRunSnapshot, TaskState } from '@auditflow/domain';
import { ReadModelSource } from './source';

/** A programme's cycle as its workflow last recorded it. */
export interface ProgrammeRunRecord extends ProgrammeRunSnapshot {
  programmeId: string;
  workflowId: string;
  updatedAt: string;
}

const iso = (value: Date | string): string => new Date(value).toISOString();

export async function getProgrammeRun(source: ReadModelSource, programmeId: string): Promise<ProgrammeRunRecord | undefined> {
  const [row] = await source.query(`SELECT * FROM programme_runs WHERE programme_id = $1`, [programmeId]);
  if (!row) return undefined;
  return {
    programmeId: row.programme_id,
    workflowId: row.workflow_id,
    programmeVersion: row.programme_version,
    status: row.status,
    plan: row.plan,
    windows: row.windows,
    coverage: row.coverage,
    gaps: row.gaps,
    reviews: row.reviews,
    nextReviewAt: iso(row.next_review_at),
    updatedAt: iso(row.updated_at),
  };
}

export interface ProgrammeTaskRecord {
  id: string;
  kind: string;
  title: string;
  assignee: string;
  subjectId?: string;
  dueAt: string;
  state: TaskState;
  /** Active and past due now, whether or not the workflow has marked it yet. */
  overdue: boolean;
  escalationLevel: number;
  createdAt: string;
  closedAt?: string;
}

/** The programme's tasks, soonest due first; `state` narrows to some states. */
export async function listProgrammeTasks(source: ReadModelSource, programmeId: string, states?: readonly TaskState[], now: Date = new Date()): Promise<ProgrammeTaskRecord[]> {
  const rows: Record<string, unknown>[] = await source.query(
    `SELECT *, (state IN ('open', 'overdue') AND due_at < $3) AS past_due FROM programme_tasks
     WHERE programme_id = $1 AND ($2::text[] IS NULL OR state = ANY($2)) ORDER BY due_at, id`,
    [programmeId, states ? [...states] : null, now.toISOString()],
  );
  return rows.map((row) => ({
    id: row.id as string,
    kind: row.kind as string,
    title: row.title as string,
    assignee: row.assignee as string,
    ...(row.subject_id ? { subjectId: row.subject_id as string } : {}),
    dueAt: iso(row.due_at as Date),
    state: row.state as TaskState,
    overdue: row.state === 'overdue' || row.past_due === true,
    escalationLevel: row.escalation_level as number,
    createdAt: iso(row.created_at as Date),
    ...(row.closed_at ? { closedAt: iso(row.closed_at as Date) } : {}),
  }));
}

/** The cycle's timeline, oldest first. */
export async function listProgrammeRunEvents(source: ReadModelSource, programmeId: string) {
  const rows: Record<string, unknown>[] = await source.query(`SELECT * FROM programme_run_events WHERE programme_id = $1 ORDER BY seq`, [programmeId]);
  return rows.map((row) => ({
    seq: row.seq as number,
    type: row.type as string,
    summary: row.summary as string,
    ...(row.actor_email ? { actor: row.actor_email as string } : {}),
    ...(row.subject_id ? { subjectId: row.subject_id as string } : {}),
    ...(row.data ? { data: row.data as Record<string, unknown> } : {}),
    occurredAt: iso(row.occurred_at as Date),
  }));
}
