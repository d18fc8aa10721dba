import type { TaskListItem, TaskState } from '@auditflow/domain';
import { ReadModelSource, SqlParameters } from './source';
import { auditJoinSql, Page, PageRequest, readPage } from './page';
import { overdueTaskSql, taskColumnsSql, toTaskView } from './task-view';
import { taskVisibleSql, Viewer } from './visibility';

export interface TaskListFilters extends PageRequest {
  assignee?: string;
  auditId?: string;
  programmeId?: string;
  /** The stored state; the workflow marks a task overdue when its clock fires. */
  state?: TaskState[];
  /** true: active and past due now (whether or not the workflow has marked it yet); false: everything else. */
  overdue?: boolean;
  /** The moment against which due dates are compared; defaults to now. */
  now?: Date;
}

/** A task with what a task list needs to know about its audit (defined in the domain). */
export type { TaskListItem };

const TASKS_WITH_AUDIT = `FROM audit_tasks t ${auditJoinSql('t.audit_id')}`;

/** SELECT list and FROM clause for tasks `t` joined to their audit `a`, with any extra columns of either. */
export function taskListSql(now: string, extraColumns: readonly string[] = []): string {
  const columns = [taskColumnsSql(now), 'a.title AS audit_title', 'a.phase AS audit_phase', 'a.programme_id', 'a.auditee_unit', ...extraColumns];
  return `SELECT ${columns.join(', ')} ${TASKS_WITH_AUDIT}`;
}

/** Tasks matching the filters, soonest due first. */
export function listTasks(source: ReadModelSource, viewer: Viewer, filters: TaskListFilters = {}): Promise<Page<TaskListItem>> {
  const now = filters.now ?? new Date();
  return readPage(source, filters, {
    countSql: (params) => `SELECT count(*)::int AS total FROM audit_tasks t ${auditJoinSql('t.audit_id', filters.programmeId !== undefined)} ${whereSql(viewer, filters, now, params)}`,
    rowsSql: (params) => `${taskListSql(params.timestamp(now))} ${whereSql(viewer, filters, now, params)} ORDER BY t.due_at, t.audit_id, t.id`,
    toItem: (row) => toTaskView<TaskListItem>(row),
  });
}

/** One task of an audit or of its follow-ups, whatever its state. */
export async function getTask(source: ReadModelSource, viewer: Viewer, auditId: string, taskId: string, now: Date = new Date()): Promise<TaskListItem | undefined> {
  const params = new SqlParameters();
  const rows = (await source.query(
    `${taskListSql(params.timestamp(now))} WHERE t.audit_id = ${params.add(auditId)} AND t.id = ${params.add(taskId)} AND ${taskVisibleSql(viewer, params)}`,
    params.values,
  )) as Array<Record<string, unknown>>;
  return rows[0] && toTaskView<TaskListItem>(rows[0]);
}

function whereSql(viewer: Viewer, filters: TaskListFilters, now: Date, params: SqlParameters): string {
  const where: string[] = [taskVisibleSql(viewer, params)];
  if (filters.assignee) where.push(`t.assignee = ${params.add(filters.assignee.toLowerCase())}`);
  if (filters.auditId) where.push(`t.audit_id = ${params.add(filters.auditId)}`);
  if (filters.programmeId) where.push(`a.programme_id = ${params.add(filters.programmeId)}`);
  if (filters.state) where.push(`t.state = ANY(${params.add(filters.state)}::text[])`);
  if (filters.overdue !== undefined) {
    const overdue = overdueTaskSql(params.timestamp(now));
    where.push(filters.overdue ? overdue : `NOT ${overdue}`);
  }
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}
