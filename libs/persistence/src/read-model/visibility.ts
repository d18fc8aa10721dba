import { onlyAuditeeSide, rolesIn } from '@auditflow/domain';
import type { AuditPhase, AuditRole } from '@auditflow/domain';
import { ReadModelSource, SqlParameters } from './source';

/**
 * Who is reading. Every list and detail read is scoped to what this person may see, in SQL: an admin sees
 * everything; anyone else sees the audits they are named in (programme manager, compliance lead, team member,
 * auditee representative or manager, or delegate of an auditee task).
 */
export interface Viewer {
  email: string;
  admin: boolean;
}

/** SQL condition: the audit `a` is visible to the viewer. The one definition of audit visibility. */
export function auditVisibleSql(viewer: Viewer, params: SqlParameters, alias = 'a'): string {
  if (viewer.admin) return 'TRUE';
  const email = params.add(viewer.email.toLowerCase());
  return `(${staffOfAuditSql(alias, email)} OR ${auditeeOfAuditSql(alias, email)})`;
}

/** The viewer works on the audit `alias` as its programme manager, compliance lead or a team member. */
function staffOfAuditSql(alias: string, email: string): string {
  return `(${alias}.programme_manager_email = ${email} OR ${alias}.compliance_lead_email = ${email}
    OR EXISTS (SELECT 1 FROM audit_team_members vm WHERE vm.audit_id = ${alias}.id AND vm.email = ${email}))`;
}

/** The viewer is on the auditee side of the audit `alias`, delegates included. */
function auditeeOfAuditSql(alias: string, email: string): string {
  return `(${alias}.auditee_representative_email = ${email} OR ${alias}.auditee_manager_email = ${email}
    OR EXISTS (SELECT 1 FROM audit_tasks vt WHERE vt.audit_id = ${alias}.id AND vt.assignee = ${email} AND vt.role IN ('auditee-representative', 'auditee-manager')))`;
}

/**
 * SQL condition: the task `t` of audit `a` is visible. Staff of the audit see all its tasks; the auditee side sees
 * the auditee side's tasks and any task assigned to them.
 */
export function taskVisibleSql(viewer: Viewer, params: SqlParameters): string {
  if (viewer.admin) return 'TRUE';
  const email = params.add(viewer.email.toLowerCase());
  return `(${staffOfAuditSql('a', email)} OR t.assignee = ${email}
    OR (t.role IN ('auditee-representative', 'auditee-manager') AND ${auditeeOfAuditSql('a', email)}))`;
}

/** How the viewer stands to one audit: undefined when they may not see it (or it does not exist). */
export interface AuditAccess {
  /** Roles the viewer holds in the audit according to the read model (empty for an admin who is not in it). */
  roles: AuditRole[];
  /** The viewer sees only what is meant for the auditee. */
  auditeeOnly: boolean;
  /** The audit's phase as recorded. */
  phase: AuditPhase;
}

export async function auditAccess(source: ReadModelSource, auditId: string, viewer: Viewer): Promise<AuditAccess | undefined> {
  const email = viewer.email.toLowerCase();
  const [row] = await source.query(
    `SELECT a.phase, a.programme_manager_email, a.compliance_lead_email, a.auditee_representative_email, a.auditee_manager_email,
            (SELECT array_agg(m.role) FROM audit_team_members m WHERE m.audit_id = a.id AND m.email = $2) AS team_roles,
            EXISTS (SELECT 1 FROM audit_tasks t WHERE t.audit_id = a.id AND t.assignee = $2 AND t.role = 'auditee-representative') AS delegate
     FROM audits a WHERE a.id = $1`,
    [auditId, email],
  );
  if (!row) return undefined;
  // Only this viewer's rows are read, so the roster names them alone among team and delegates.
  const roles = rolesIn(
    {
      team: ((row.team_roles as AuditRole[] | null) ?? []).map((role) => ({ email, role })),
      auditeeRepresentative: row.auditee_representative_email,
      auditeeManager: row.auditee_manager_email,
      programmeManager: row.programme_manager_email,
      complianceLead: row.compliance_lead_email,
      auditeeDelegates: row.delegate ? [email] : [],
    },
    email,
  );
  if (roles.length === 0 && !viewer.admin) return undefined;
  return { roles, auditeeOnly: !viewer.admin && onlyAuditeeSide(roles), phase: row.phase };
}
