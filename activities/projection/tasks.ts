import { EntityManager } from 'typeorm';
import { ProgressRecord, Task } from '@auditflow/domain';
import { TableSpec, upsertGuarded } from './sql';

/** The columns every task table has, whatever the task belongs to (an audit, a follow-up, a programme). */
export interface TaskColumns {
  id: string;
  workflow_id: string;
  kind: string;
  title: string;
  assignee: string;
  role: string;
  subject_id?: string;
  due_at: string;
  due_version: number;
  state: string;
  escalation_level: number;
  created_at: string;
  closed_at?: string;
  last_seq: number;
  updated_at: string;
}

interface TaskRow extends TaskColumns {
  audit_id: string;
  extension?: Task['extension'];
}

/** Their SQL types, for a table spec. */
export const TASK_COLUMN_TYPES = {
  id: 'text',
  workflow_id: 'text',
  kind: 'text',
  title: 'text',
  assignee: 'text',
  role: 'text',
  subject_id: 'text',
  due_at: 'timestamptz',
  due_version: 'integer',
  state: 'text',
  escalation_level: 'integer',
  created_at: 'timestamptz',
  closed_at: 'timestamptz',
  last_seq: 'integer',
  updated_at: 'timestamptz',
} as const satisfies TableSpec<TaskColumns>['columns'];

/** A task's columns as the step `record` (of workflow `workflowId`, first event `firstSeq`, at `at`) writes them. */
export function taskColumns(record: { workflowId: string; firstSeq: number; at: string }, task: Task): TaskColumns {
  return {
    id: task.id,
    workflow_id: record.workflowId,
    kind: task.kind,
    title: task.title,
    assignee: task.assignee,
    role: task.role,
    subject_id: task.subjectId,
    due_at: task.dueAt,
    due_version: task.dueVersion,
    state: task.state,
    escalation_level: task.escalationLevel,
    created_at: task.createdAt,
    closed_at: task.closedAt,
    last_seq: record.firstSeq,
    updated_at: record.at,
  };
}

const AUDIT_TASKS: TableSpec<TaskRow> = {
  table: 'audit_tasks',
  key: ['audit_id', 'id'],
  columns: { audit_id: 'uuid', ...TASK_COLUMN_TYPES, extension: 'jsonb' },
};

/** Tasks of the audit or of a corrective action: either way they belong to the record's audit and workflow. */
export function taskRows(record: ProgressRecord, tasks: readonly Task[]): TaskRow[] {
  return tasks.map((task) => ({ audit_id: record.auditId, ...taskColumns(record, task), extension: task.extension }));
}

export async function upsertTasks(db: EntityManager, record: ProgressRecord, tasks: readonly Task[]): Promise<void> {
  await upsertGuarded(db, AUDIT_TASKS, taskRows(record, tasks));
}
