import type { AuditRole } from '../../../domain/src/roles';
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
}

export async function auditAccess(source: ReadModelSource, auditId: string, viewer: Viewer): Promise<AuditAccess | undefined> {
  const email = viewer.email.toLowerCase();
  const [row] = await source.query(
    `SELECT a.programme_manager_email, a.compliance_lead_email, a.auditee_representative_email, a.auditee_manager_email,
            (SELECT array_agg(m.role) FROM audit_team_members m WHERE m.audit_id = a.id AND m.email = $2) AS team_roles,
            EXISTS (SELECT 1 FROM audit_tasks t WHERE t.audit_id = a.id AND t.assignee = $2 AND t.role = 'auditee-representative') AS delegate
     FROM audits a WHERE a.id = $1`,
    [auditId, email],
  );
  if (!row) return undefined;
  const roles = new Set<AuditRole>((row.team_roles as AuditRole[] | null) ?? []);
  if (row.programme_manager_email === email) roles.add('programme-manager');
  if (row.compliance_lead_email === email) roles.add('compliance-lead');
  if (row.auditee_representative_email === email || row.delegate) roles.add('auditee-representative');
  if (row.auditee_manager_email === email) roles.add('auditee-manager');
  if (roles.size === 0 && !viewer.admin) return undefined;
  const auditeeOnly = !viewer.admin && [...roles].every((role) => role === 'auditee-representative' || role === 'auditee-manager');
  return { roles: [...roles], auditeeOnly };
}
