import type { Finding } from '../../../domain/src/audit/state';
import type { FindingGrade } from '../../../domain/src/grades';
import { domainRow } from './rows';
import { Page, pageBounds, PageRequest, ReadModelSource, SqlParameters, withSnapshot } from './source';

export interface FindingListFilters extends PageRequest {
  grade?: FindingGrade[];
  programmeId?: string;
  auditeeUnit?: string;
  criterion?: string;
}

/** A finding with the audit it came from: what programme monitoring (5.6) reads for trends. */
export interface FindingListItem extends Finding {
  auditId: string;
  auditTitle: string;
  programmeId: string;
  auditeeUnit: string;
}

/** Findings across audits, newest first. */
export async function listFindings(source: ReadModelSource, filters: FindingListFilters = {}): Promise<Page<FindingListItem>> {
  const { limit, offset } = pageBounds(filters);
  return withSnapshot(source, async (db) => {
    const counting = new SqlParameters();
    const [{ total }] = (await db.query(`SELECT count(*)::int AS total ${fromSql(filters, counting)}`, counting.values)) as Array<{ total: number }>;
    const params = new SqlParameters();
    const rows = (await db.query(
      `SELECT f.*, a.title AS audit_title, a.programme_id, a.auditee_unit ${fromSql(filters, params)}
       ORDER BY f.recorded_at DESC, f.audit_id, f.id LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`,
      params.values,
    )) as Array<Record<string, unknown> & { audit_id: string }>;
    return { items: rows.map((row) => ({ ...domainRow<FindingListItem>(row), auditId: row.audit_id })), total, limit, offset };
  });
}

function fromSql(filters: FindingListFilters, params: SqlParameters): string {
  const where: string[] = [];
  if (filters.grade?.length) where.push(`f.grade = ANY(${params.add(filters.grade)})`);
  if (filters.programmeId) where.push(`a.programme_id = ${params.add(filters.programmeId)}`);
  if (filters.auditeeUnit) where.push(`a.auditee_unit = ${params.add(filters.auditeeUnit)}`);
  if (filters.criterion) where.push(`f.criterion = ${params.add(filters.criterion)}`);
  return `FROM audit_findings f JOIN audits a ON a.id = f.audit_id ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
}
