import type { TaskView } from '@auditflow/domain';
import { plainRow } from './rows';

/** A task as the read model knows it: the API's documented shape (one definition, in the domain). */
export type { TaskView };

/** SELECT list for tasks `t`, with `overdue` computed against the placeholder `now`. */
export function taskColumnsSql(now: string): string {
  return `t.audit_id, t.id, t.workflow_id, t.kind, t.title, t.assignee, t.role, t.subject_id, t.due_at, t.due_version, t.state,
    t.escalation_level, t.extension, t.created_at, t.closed_at, t.updated_at, ${overdueTaskSql(now)} AS overdue`;
}

/** SQL condition: the task `t` is active and past due at `now`. One definition of "overdue" for every query. */
export function overdueTaskSql(now: string): string {
  return `(t.state IN ('open', 'overdue') AND t.due_at < ${now})`;
}

export function toTaskView<T extends TaskView = TaskView>(row: Record<string, unknown>): T {
  return plainRow<T>(row);
}
