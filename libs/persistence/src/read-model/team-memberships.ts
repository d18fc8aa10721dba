import type { AuditPhase, TeamRole } from '@auditflow/domain';
import { plainRow } from './rows';
import { ReadModelSource, SqlParameters } from './source';
import { auditVisibleSql, Viewer } from './visibility';

/** One audit a person is on the team of, and the role they hold in it. */
export interface TeamMembership {
  auditId: string;
  title: string;
  phase: AuditPhase;
  role: TeamRole;
  auditeeUnit: string;
  plannedStart: string;
  plannedEnd: string;
}

/**
 * The audits whose team names `email` (an auditor of the pool), newest planned start first, among those the viewer
 * may see: the same scoping as every other read, so a programme manager sees the auditor's audits in their own
 * programmes, an admin all of them, and the auditor their own.
 */
export async function teamMembershipsOf(source: ReadModelSource, viewer: Viewer, email: string): Promise<TeamMembership[]> {
  const params = new SqlParameters();
  const member = params.add(email.toLowerCase());
  const rows = (await source.query(
    `SELECT a.id AS audit_id, a.title, a.phase, m.role, a.auditee_unit, a.planned_start, a.planned_end
     FROM audit_team_members m JOIN audits a ON a.id = m.audit_id
     WHERE m.email = ${member} AND ${auditVisibleSql(viewer, params)}
     ORDER BY a.planned_start DESC, a.id`,
    params.values,
  )) as Record<string, unknown>[];
  return rows.map((row) => plainRow<TeamMembership>(row));
}
