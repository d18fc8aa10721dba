import { AgeingBucket, CORRECTIVE_ACTION_AGE_BOUNDS, CorrectiveActionListItem, CorrectiveActionPage, CorrectiveActionStatus, NonconformityGrade } from '@auditflow/domain';
import { plainRow } from './rows';
import { ReadModelSource, SqlParameters } from './source';
import { PageRequest, readPageWith } from './page';
import { RecordListSql } from './record-list';
import { auditRecordVisibleSql, Viewer } from './visibility';

export interface CorrectiveActionListFilters extends PageRequest {
  status?: CorrectiveActionStatus[];
  programmeId?: string;
  auditeeUnit?: string;
  grade?: NonconformityGrade[];
  /** true: open and past the due date of its current step. */
  overdue?: boolean;
  now?: Date;
}

/** A corrective action with its audit, age and escalation rung (defined in the domain). */
export type { CorrectiveActionListItem, CorrectiveActionPage };

/** SQL: whole days from opening to `now`, or to closing for a closed action. */
const ageDaysSql = (now: string) => `floor(extract(epoch FROM (COALESCE(c.closed_at, ${now}) - c.opened_at)) / 86400)::int`;
const overdueSql = (now: string) => `(c.status <> 'closed' AND c.next_due_at < ${now})`;

/**
 * Follow-ups across audits, the most pressing first: what compliance leads track for months. With the page comes the
 * ageing of every matching action (not only the page's), read in the same round trip and snapshot.
 */
export async function listCorrectiveActions(source: ReadModelSource, viewer: Viewer, filters: CorrectiveActionListFilters = {}): Promise<CorrectiveActionPage> {
  const now = filters.now ?? new Date();
  const { page, alongside } = await readPageWith<CorrectiveActionListItem, AgeingCount>(
    source,
    filters,
    {
      countSql: (params) => `SELECT count(*)::int AS total ${fromSql(viewer, filters, now, params, 'count')}`,
      rowsSql: (params) => {
        const at = params.timestamp(now);
        return `SELECT c.*, a.title AS audit_title, a.programme_id, a.auditee_unit, a.compliance_lead_email,
                  ${ageDaysSql(at)} AS age_days, ${overdueSql(at)} AS overdue,
                  (SELECT COALESCE(max(t.escalation_level), 0)::int FROM audit_tasks t
                   WHERE t.workflow_id = c.workflow_id AND t.state IN ('open', 'overdue')) AS escalation_level
                ${fromSql(viewer, filters, now, params)}
                ORDER BY c.next_due_at ASC NULLS LAST, c.opened_at, c.audit_id, c.finding_id`;
      },
      toItem: (row) => plainRow<CorrectiveActionListItem>(row),
    },
    (params) => ageingSql(viewer, filters, now, params),
  );
  return { ...page, ageing: ageingBuckets(alongside) };
}

interface AgeingCount {
  bucket: number;
  grade: NonconformityGrade;
  count: number;
}

/** SQL: every matching action counted by age bucket (width_bucket over the bounds) and grade. */
function ageingSql(viewer: Viewer, filters: CorrectiveActionListFilters, now: Date, params: SqlParameters): string {
  const bounds = params.add([...CORRECTIVE_ACTION_AGE_BOUNDS]);
  return `SELECT width_bucket(${ageDaysSql(params.timestamp(now))}, ${bounds}::int[]) AS bucket, c.grade, count(*)::int AS count
     ${fromSql(viewer, filters, now, params, 'count')} GROUP BY 1, 2`;
}

/** The counts as buckets: empty ones included, youngest first. */
function ageingBuckets(rows: readonly AgeingCount[]): AgeingBucket[] {
  const starts = [0, ...CORRECTIVE_ACTION_AGE_BOUNDS];
  return starts.map((fromDays, index) => {
    const count = (grade: NonconformityGrade) => rows.find((row) => row.bucket === index && row.grade === grade)?.count ?? 0;
    const untilDays = CORRECTIVE_ACTION_AGE_BOUNDS[index];
    return { fromDays, ...(untilDays !== undefined ? { untilDays } : {}), major: count('major-nonconformity'), minor: count('minor-nonconformity') };
  });
}

function fromSql(viewer: Viewer, filters: CorrectiveActionListFilters, now: Date, params: SqlParameters, read: 'rows' | 'count' = 'rows'): string {
  // A delegate sees the follow-ups of the findings their tasks are about, not the audit's others.
  const list = new RecordListSql('corrective_actions c', 'c.audit_id').where(auditRecordVisibleSql(viewer, params, 'c.finding_id', 'c.audit_id'));
  if (filters.status?.length) list.where(`c.status = ANY(${params.add(filters.status)})`);
  if (filters.programmeId) list.whereAudit(`a.programme_id = ${params.add(filters.programmeId)}`);
  if (filters.auditeeUnit) list.whereAudit(`a.auditee_unit = ${params.add(filters.auditeeUnit)}`);
  if (filters.grade?.length) list.where(`c.grade = ANY(${params.add(filters.grade)})`);
  if (filters.overdue !== undefined) {
    const overdue = overdueSql(params.timestamp(now));
    list.where(filters.overdue ? overdue : `NOT ${overdue}`);
  }
  return list.fromSql(read);
}
