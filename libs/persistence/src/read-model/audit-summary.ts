import type { AuditRecord, AuditSummary } from '@auditflow/domain';
import { plainRow } from './rows';
import { overdueTaskSql } from './task-view';

/** What lists show of an audit, and the detail's record of it, which adds the definition and the whole header
 * (contact, feasibility, conclusions, completion ...). Both defined in the domain. */
export type { AuditRecord, AuditSummary };

const SUMMARY_COLUMNS = [
  'id',
  'workflow_id',
  'programme_id',
  'title',
  'phase',
  'auditee_unit',
  'auditee_representative_email',
  'auditee_manager_email',
  'programme_manager_email',
  'compliance_lead_email',
  'planned_start',
  'planned_end',
  'report_due_at',
  'next_due_at',
  'cancellation_reason',
  'created_at',
  'updated_at',
];

/**
 * SELECT list and FROM clause for audits `a` with their task counts. `now` is the placeholder of the moment
 * against which tasks count as overdue.
 */
export function auditSummarySql(now: string, options: { withDocuments?: boolean } = {}): string {
  const columns = [...SUMMARY_COLUMNS, ...(options.withDocuments ? ['definition', 'header'] : [])].map((column) => `a.${column}`);
  return `
    SELECT ${columns.join(', ')}, counts.active_task_count, counts.overdue_task_count
    FROM audits a
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE t.state IN ('open', 'overdue'))::int AS active_task_count,
             count(*) FILTER (WHERE ${overdueTaskSql(now)})::int AS overdue_task_count
      FROM audit_tasks t
      WHERE t.audit_id = a.id
    ) counts`;
}

export function toAuditSummary<T extends AuditSummary = AuditSummary>(row: Record<string, unknown>): T {
  return plainRow<T>(row);
}
