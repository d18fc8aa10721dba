import { FINDING_GRADES, FindingGrade, NONCONFORMITY_GRADES, NonconformityGrade } from '@auditflow/domain';
import { ReadModelSource, SqlParameters, withSnapshot } from './source';
import { overdueTaskSql } from './task-view';

/**
 * Durations in days (fractional, rounded to 0.01). Percentiles are PostgreSQL's percentile_cont: linear interpolation
 * between the closest ranks, p = x[floor(h)] + (h - floor(h)) * (x[floor(h) + 1] - x[floor(h)]) with h = (n - 1) * q
 * over the ascending values (0-based). Null when there is nothing to measure.
 */
export interface DurationStats {
  count: number;
  mean: number | null;
  p50: number | null;
  p90: number | null;
}

export type GradeCounts = Record<FindingGrade, number>;

/** Monitoring figures of one programme (ISO 19011 5.6), read from the audits of the programme in the read model. */
export interface ProgrammeKpis {
  /** Audits of the programme, in any phase (cancelled ones too). */
  audits: number;
  /** From the closing meeting held (the earliest, if several) to the first report version issued; audits with both. */
  reportLeadTimeDays: DurationStats;
  /** Findings as graded now (after regrades), without those withdrawn when a dispute was resolved. */
  findings: { total: number; byGrade: GradeCounts; byCriterion: Array<{ criterion: string; total: number; byGrade: GradeCounts }> };
  /**
   * Closed corrective actions by grade: days from the follow-up's opening to its closing (a follow-up waiting for a
   * scheduled re-check is not closed yet). Open: not closed; overdue: open with an active task of its follow-up
   * past due (the read model's one definition of an overdue task).
   */
  correctiveActionClosure: { byGrade: Record<NonconformityGrade, DurationStats>; open: number; overdue: number };
  /** Escalations recorded on the timelines (task.escalated), by rung of the escalation ladder (1 = first). */
  escalations: { total: number; byRung: Array<{ rung: number; count: number }> };
  /**
   * Audits completed (6.6, the audit.completed event) and closed (the phase closed entered: every follow-up closed),
   * and how many of each did so by the audit's planned end.
   */
  schedule: { completed: number; completedByPlannedEnd: number; closed: number; closedByPlannedEnd: number };
}

const days = (later: string, earlier: string) => `(extract(epoch FROM (${later} - ${earlier})) / 86400)`;
const rounded = (value: string) => `round((${value})::numeric, 2)::float8`;
const statsSql = (value: string) =>
  `count(*)::int AS count, ${rounded(`avg(${value})`)} AS mean,
   ${rounded(`percentile_cont(0.5) WITHIN GROUP (ORDER BY ${value})`)} AS p50,
   ${rounded(`percentile_cont(0.9) WITHIN GROUP (ORDER BY ${value})`)} AS p90`;

/** The monitoring figures of programme `programmeId` at `now`, read from one snapshot. */
export function programmeKpis(source: ReadModelSource, programmeId: string, now: Date = new Date()): Promise<ProgrammeKpis> {
  return withSnapshot(source, async (db) => {
    const read = async <T>(sql: (params: SqlParameters, programme: string) => string): Promise<T[]> => {
      const params = new SqlParameters();
      const programme = params.add(programmeId);
      return (await db.query(sql(params, programme), params.values)) as T[];
    };

    const [reportLeadTimeDays] = await read<DurationStats>(
      (_, programme) => `
      SELECT ${statsSql('lead.days')} FROM (
        SELECT ${days('issued.at', 'closing.held_at')} AS days
        FROM audits a
        JOIN LATERAL (SELECT min((m.held ->> 'at')::timestamptz) AS held_at FROM audit_meetings m
                      WHERE m.audit_id = a.id AND m.kind = 'closing' AND m.status = 'held') closing ON closing.held_at IS NOT NULL
        JOIN LATERAL (SELECT min((r.issue ->> 'at')::timestamptz) AS at FROM audit_report_versions r
                      WHERE r.audit_id = a.id AND r.issue IS NOT NULL) issued ON issued.at IS NOT NULL
        WHERE a.programme_id = ${programme}) lead`,
    );

    const findingRows = await read<{ criterion: string; grade: FindingGrade; count: number }>(
      (_, programme) => `
      SELECT f.criterion, f.grade, count(*)::int AS count
      FROM audit_findings f JOIN audits a ON a.id = f.audit_id
      WHERE a.programme_id = ${programme} AND (f.dispute_resolution ->> 'outcome') IS DISTINCT FROM 'withdrawn'
      GROUP BY f.criterion, f.grade`,
    );

    const closureRows = await read<DurationStats & { grade: NonconformityGrade }>(
      (_, programme) => `
      SELECT c.grade, ${statsSql(days('c.closed_at', 'c.opened_at'))}
      FROM corrective_actions c JOIN audits a ON a.id = c.audit_id
      WHERE a.programme_id = ${programme} AND c.status = 'closed' AND c.closed_at IS NOT NULL
      GROUP BY c.grade`,
    );

    const [openActions] = await read<{ open: number; overdue: number }>(
      (params, programme) => `
      SELECT count(*)::int AS open,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM audit_tasks t WHERE t.audit_id = c.audit_id AND t.workflow_id = c.workflow_id
                                            AND ${overdueTaskSql(params.timestamp(now))}))::int AS overdue
      FROM corrective_actions c JOIN audits a ON a.id = c.audit_id
      WHERE a.programme_id = ${programme} AND c.status <> 'closed'`,
    );

    const escalationRows = await read<{ rung: number; count: number }>(
      (_, programme) => `
      SELECT (e.data ->> 'level')::int AS rung, count(*)::int AS count
      FROM audit_events e JOIN audits a ON a.id = e.audit_id
      WHERE a.programme_id = ${programme} AND e.type = 'task.escalated'
      GROUP BY 1 ORDER BY 1`,
    );

    const [schedule] = await read<ProgrammeKpis['schedule'] & { audits: number }>(
      (_, programme) => `
      SELECT count(*)::int AS audits,
             count(ends.completed_at)::int AS "completed",
             count(*) FILTER (WHERE ends.completed_at <= a.planned_end)::int AS "completedByPlannedEnd",
             count(*) FILTER (WHERE a.phase = 'closed')::int AS "closed",
             count(*) FILTER (WHERE a.phase = 'closed' AND ends.closed_at <= a.planned_end)::int AS "closedByPlannedEnd"
      FROM audits a
      LEFT JOIN LATERAL (
        SELECT min(e.occurred_at) FILTER (WHERE e.type = 'audit.completed') AS completed_at,
               max(e.occurred_at) FILTER (WHERE e.type = 'phase.entered' AND e.data ->> 'to' = 'closed') AS closed_at
        FROM audit_events e
        WHERE e.audit_id = a.id AND e.workflow_id = a.workflow_id AND e.type IN ('audit.completed', 'phase.entered')) ends ON true
      WHERE a.programme_id = ${programme}`,
    );

    const { audits, ...onSchedule } = schedule;
    return {
      audits,
      reportLeadTimeDays,
      findings: findingsFrom(findingRows),
      correctiveActionClosure: {
        byGrade: Object.fromEntries(
          NONCONFORMITY_GRADES.map((grade) => {
            const row = closureRows.find((candidate) => candidate.grade === grade);
            return [grade, row ? { count: row.count, mean: row.mean, p50: row.p50, p90: row.p90 } : { count: 0, mean: null, p50: null, p90: null }];
          }),
        ) as Record<NonconformityGrade, DurationStats>,
        ...openActions,
      },
      escalations: { total: escalationRows.reduce((sum, row) => sum + row.count, 0), byRung: escalationRows },
      schedule: onSchedule,
    };
  });
}

const noFindings = (): GradeCounts => Object.fromEntries(FINDING_GRADES.map((grade) => [grade, 0])) as GradeCounts;

/** Counts by grade, and by criterion (most findings first, then by criterion). */
function findingsFrom(rows: Array<{ criterion: string; grade: FindingGrade; count: number }>): ProgrammeKpis['findings'] {
  const byGrade = noFindings();
  const criteria = new Map<string, { criterion: string; total: number; byGrade: GradeCounts }>();
  for (const row of rows) {
    byGrade[row.grade] += row.count;
    let criterion = criteria.get(row.criterion);
    if (!criterion) criteria.set(row.criterion, (criterion = { criterion: row.criterion, total: 0, byGrade: noFindings() }));
    criterion.byGrade[row.grade] += row.count;
    criterion.total += row.count;
  }
  const byCriterion = [...criteria.values()].sort((a, b) => b.total - a.total || (a.criterion < b.criterion ? -1 : a.criterion > b.criterion ? 1 : 0));
  return { total: rows.reduce((sum, row) => sum + row.count, 0), byGrade, byCriterion };
}
