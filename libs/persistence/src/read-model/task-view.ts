import { APPOINTMENT_TASK_KINDS } from '@auditflow/domain';
import type { TaskView } from '@auditflow/domain';
import { plainRow } from './rows';

/** A task as the read model knows it: the API's documented shape (one definition, in the domain). */
export type { TaskView };

/** SELECT list for tasks `t`, with `overdue` computed against the placeholder `now`. */
export function taskColumnsSql(now: string): string {
  return `t.audit_id, t.id, t.workflow_id, t.kind, t.title, t.assignee, t.role, t.subject_id, t.due_at, t.due_version, t.state,
    t.escalation_level, t.extension, t.created_at, t.closed_at, t.updated_at, ${overdueTaskSql(now)} AS overdue,
    ${remindersSentSql}, ${reassignedFromSql}`;
}

// Read from the timeline, which records every reminder mail sent and every reassignment: nothing to keep in step.
const remindersSentSql = `(SELECT count(*)::int FROM audit_events e WHERE e.audit_id = t.audit_id AND e.type = 'notification.sent'
    AND e.subject_id = t.id AND e.data ->> 'kind' = 'task-reminder' AND e.data ->> 'workflowId' = t.workflow_id) AS reminders_sent`;
const reassignedFromSql = `(SELECT e.data ->> 'from' FROM audit_events e WHERE e.audit_id = t.audit_id AND e.workflow_id = t.workflow_id
    AND e.type = 'task.reassigned' AND e.subject_id = t.id ORDER BY e.id DESC LIMIT 1) AS reassigned_from`;

/** SQL condition: the task `t` is active and past due at `now`. One definition of "overdue" for every query. */
export function overdueTaskSql(now: string): string {
  // An appointment (attending a meeting) is overdue only if its audit's clock said so: audits launched before that rule.
  return `(t.state = 'overdue' OR (t.state = 'open' AND t.due_at < ${now} AND t.kind NOT IN (${APPOINTMENT_TASK_KINDS.map((kind) => `'${kind}'`).join(', ')})))`;
}

export function toTaskView<T extends TaskView = TaskView>(row: Record<string, unknown>): T {
  return plainRow<T>(row);
}
