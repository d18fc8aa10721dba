import type { FindingGrade, FindingListItem } from '@auditflow/domain';
import { domainRow } from './rows';
import { ReadModelSource, SqlParameters } from './source';
import { Page, PageRequest, readPage } from './page';
import { RecordListSql } from './record-list';
import { auditRecordVisibleSql, Viewer } from './visibility';

export interface FindingListFilters extends PageRequest {
  grade?: FindingGrade[];
  programmeId?: string;
  auditeeUnit?: string;
  criterion?: string;
}

/** A finding with the audit it came from: what programme monitoring (5.6) reads for trends (defined in the domain). */
export type { FindingListItem };

/** Findings across audits, newest first. */
export function listFindings(source: ReadModelSource, viewer: Viewer, filters: FindingListFilters = {}): Promise<Page<FindingListItem>> {
  return readPage(source, filters, {
    countSql: (params) => `SELECT count(*)::int AS total ${fromSql(viewer, filters, params, 'count')}`,
    rowsSql: (params) =>
      `SELECT f.*, a.title AS audit_title, a.programme_id, a.auditee_unit ${fromSql(viewer, filters, params)}
       ORDER BY f.recorded_at DESC, f.audit_id, f.id`,
    toItem: (row) => ({ ...domainRow<FindingListItem>(row), auditId: row.audit_id as string }),
  });
}

function fromSql(viewer: Viewer, filters: FindingListFilters, params: SqlParameters, read: 'rows' | 'count' = 'rows'): string {
  // A delegate sees the findings their tasks are about, not the audit's others.
  const list = new RecordListSql('audit_findings f', 'f.audit_id').where(auditRecordVisibleSql(viewer, params, 'f.id', 'f.audit_id'));
  if (filters.grade?.length) list.where(`f.grade = ANY(${params.add(filters.grade)})`);
  if (filters.programmeId) list.whereAudit(`a.programme_id = ${params.add(filters.programmeId)}`);
  if (filters.auditeeUnit) list.whereAudit(`a.auditee_unit = ${params.add(filters.auditeeUnit)}`);
  if (filters.criterion) list.where(`f.criterion = ${params.add(filters.criterion)}`);
  return list.fromSql(read);
}
