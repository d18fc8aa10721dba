import type { AuditPhase } from '@auditflow/domain';
import { AuditSummary, auditSummarySql, toAuditSummary } from './audit-summary';
import { ReadModelSource, SqlParameters } from './source';
import { Page, PageRequest, readPage } from './page';
import { overdueTaskSql } from './task-view';
import { auditVisibleSql, Viewer } from './visibility';

export interface AuditListFilters extends PageRequest {
  phase?: AuditPhase;
  auditeeUnit?: string;
  programmeId?: string;
  /** true: audits with at least one active task past its due date; false: audits with none. */
  overdue?: boolean;
  /** The moment against which due dates are compared; defaults to now. */
  now?: Date;
}

/** Audits matching the filters, the most pressing first (earliest next due date; finished audits last). */
export function listAudits(source: ReadModelSource, viewer: Viewer, filters: AuditListFilters = {}): Promise<Page<AuditSummary>> {
  const now = filters.now ?? new Date();
  return readPage(source, filters, {
    countSql: (params) => `SELECT count(*)::int AS total FROM audits a ${whereSql(viewer, filters, now, params)}`,
    rowsSql: (params) =>
      `${auditSummarySql(params.timestamp(now))} ${whereSql(viewer, filters, now, params)}
       ORDER BY a.next_due_at ASC NULLS LAST, a.created_at DESC, a.id`,
    toItem: (row) => toAuditSummary(row),
  });
}

function whereSql(viewer: Viewer, filters: AuditListFilters, now: Date, params: SqlParameters): string {
  const where: string[] = [auditVisibleSql(viewer, params)];
  if (filters.phase) where.push(`a.phase = ${params.add(filters.phase)}`);
  if (filters.auditeeUnit) where.push(`a.auditee_unit = ${params.add(filters.auditeeUnit)}`);
  if (filters.programmeId) where.push(`a.programme_id = ${params.add(filters.programmeId)}`);
  if (filters.overdue !== undefined) {
    const overdueTask = `EXISTS (SELECT 1 FROM audit_tasks t WHERE t.audit_id = a.id AND ${overdueTaskSql(params.timestamp(now))})`;
    where.push(filters.overdue ? overdueTask : `NOT ${overdueTask}`);
  }
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}
