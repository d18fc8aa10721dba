import type { TaskListItem, TaskState } from '@auditflow/domain';
import { ReadModelSource, SqlParameters } from './source';
import { Page, PageRequest, readPage } from './page';
import { RecordListSql } from './record-list';
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

/** Tasks `t` with their audit `a`: add the conditions, then read the rows or the count. */
const tasksOfAudits = () => new RecordListSql('audit_tasks t', 't.audit_id');

/** SELECT list for tasks `t` and what a task list shows of their audit `a`, with any extra columns of either. */
function taskListColumnsSql(now: string, extraColumns: readonly string[] = []): string {
  return [taskColumnsSql(now), 'a.title AS audit_title', 'a.phase AS audit_phase', 'a.programme_id', 'a.auditee_unit', ...extraColumns].join(', ');
}

/** SELECT list and FROM clause for tasks `t` joined to their audit `a`, with any extra columns of either. */
export function taskListSql(now: string, extraColumns: readonly string[] = []): string {
  return `SELECT ${taskListColumnsSql(now, extraColumns)} ${tasksOfAudits().fromSql('rows')}`;
}

/** Tasks matching the filters, soonest due first. */
export function listTasks(source: ReadModelSource, viewer: Viewer, filters: TaskListFilters = {}): Promise<Page<TaskListItem>> {
  const now = filters.now ?? new Date();
  return readPage(source, filters, {
    countSql: (params) => `SELECT count(*)::int AS total ${filtered(viewer, filters, now, params).fromSql('count')}`,
    rowsSql: (params) => `SELECT ${taskListColumnsSql(params.timestamp(now))} ${filtered(viewer, filters, now, params).fromSql('rows')} ORDER BY t.due_at, t.audit_id, t.id`,
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

function filtered(viewer: Viewer, filters: TaskListFilters, now: Date, params: SqlParameters): RecordListSql {
  const list = tasksOfAudits().where(taskVisibleSql(viewer, params));
  if (filters.assignee) list.where(`t.assignee = ${params.add(filters.assignee.toLowerCase())}`);
  if (filters.auditId) list.where(`t.audit_id = ${params.add(filters.auditId)}`);
  if (filters.programmeId) list.whereAudit(`a.programme_id = ${params.add(filters.programmeId)}`);
  if (filters.state) list.where(`t.state = ANY(${params.add(filters.state)}::text[])`);
  if (filters.overdue !== undefined) {
    const overdue = overdueTaskSql(params.timestamp(now));
    list.where(filters.overdue ? overdue : `NOT ${overdue}`);
  }
  return list;
}
