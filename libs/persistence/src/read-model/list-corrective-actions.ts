import type { CorrectiveActionStatus } from '@auditflow/domain';
import { CorrectiveActionView } from './audit-detail';
import { domainRow } from './rows';
import { Page, PageRequest, ReadModelSource, readPage, SqlParameters } from './source';
import { auditVisibleSql, Viewer } from './visibility';

export interface CorrectiveActionListFilters extends PageRequest {
  status?: CorrectiveActionStatus[];
  programmeId?: string;
  auditeeUnit?: string;
  /** true: open and past the due date of its current step. */
  overdue?: boolean;
  now?: Date;
}

export interface CorrectiveActionListItem extends CorrectiveActionView {
  auditId: string;
  auditTitle: string;
  programmeId: string;
  auditeeUnit: string;
  complianceLeadEmail: string;
}

/** Follow-ups across audits, the most pressing first: what compliance leads track for months. */
export function listCorrectiveActions(source: ReadModelSource, viewer: Viewer, filters: CorrectiveActionListFilters = {}): Promise<Page<CorrectiveActionListItem>> {
  const now = filters.now ?? new Date();
  return readPage(source, filters, {
    countSql: (params) => `SELECT count(*)::int AS total ${fromSql(viewer, filters, now, params)}`,
    rowsSql: (params) =>
      `SELECT c.*, a.title AS audit_title, a.programme_id, a.auditee_unit, a.compliance_lead_email ${fromSql(viewer, filters, now, params)}
       ORDER BY c.next_due_at ASC NULLS LAST, c.opened_at, c.audit_id, c.finding_id`,
    toItem: (row) => ({ ...domainRow<CorrectiveActionListItem>(row), auditId: row.audit_id as string }),
  });
}

function fromSql(viewer: Viewer, filters: CorrectiveActionListFilters, now: Date, params: SqlParameters): string {
  const where: string[] = [auditVisibleSql(viewer, params)];
  if (filters.status?.length) where.push(`c.status = ANY(${params.add(filters.status)})`);
  if (filters.programmeId) where.push(`a.programme_id = ${params.add(filters.programmeId)}`);
  if (filters.auditeeUnit) where.push(`a.auditee_unit = ${params.add(filters.auditeeUnit)}`);
  if (filters.overdue !== undefined) {
    const overdue = `(c.status <> 'closed' AND c.next_due_at < ${params.timestamp(now)})`;
    where.push(filters.overdue ? overdue : `NOT ${overdue}`);
  }
  return `FROM corrective_actions c JOIN audits a ON a.id = c.audit_id ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
}
