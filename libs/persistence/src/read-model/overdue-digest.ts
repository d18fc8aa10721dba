import type { OverdueDigest } from '@auditflow/domain';
import { TaskListItem, taskListSql } from './list-tasks';
import { ReadModelSource, SqlParameters } from './source';
import { overdueTaskSql, toTaskView } from './task-view';
import { taskVisibleSql, Viewer } from './visibility';

/** What one compliance lead's daily digest lists: every overdue task across the audits they track, soonest due
 * (longest overdue) first (defined in the domain). */
export type { OverdueDigest };

// The lead's name is not a column of its own: it lives in the definition the audit was launched with.
const LEAD_COLUMNS = ['a.compliance_lead_email', `a.definition -> 'complianceLead' ->> 'name' AS compliance_lead_name`];

/** Overdue tasks at `now`, grouped by the compliance lead of each task's audit; leads ordered by e-mail. */
/** With a viewer (the API), only the tasks that person may see; without one (the digest activity), all of them. */
export async function listOverdueTasksByComplianceLead(source: ReadModelSource, now: Date = new Date(), viewer?: Viewer): Promise<OverdueDigest[]> {
  const params = new SqlParameters();
  const at = params.timestamp(now);
  const visible = viewer ? ` AND ${taskVisibleSql(viewer, params)}` : '';
  const rows = (await source.query(
    `${taskListSql(at, LEAD_COLUMNS)} WHERE ${overdueTaskSql(at)}${visible} ORDER BY a.compliance_lead_email, t.due_at, t.audit_id, t.id`,
    params.values,
  )) as Array<Record<string, unknown> & { compliance_lead_email: string; compliance_lead_name: string | null }>;
  const digests = new Map<string, OverdueDigest>();
  for (const { compliance_lead_email: email, compliance_lead_name: name, ...task } of rows) {
    let digest = digests.get(email);
    if (!digest) digests.set(email, (digest = { complianceLead: { email, name: name ?? email }, tasks: [] }));
    digest.tasks.push(toTaskView<TaskListItem>(task));
  }
  return [...digests.values()];
}
