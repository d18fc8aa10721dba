import { AUDITEE_ROLES, onlyAuditeeSide, rolesIn } from '@auditflow/domain';
import type { AuditPhase, AuditRole } from '@auditflow/domain';
import { ReadModelSource, SqlParameters } from './source';

const AUDITEE_ROLES_SQL = AUDITEE_ROLES.map((role) => `'${role}'`).join(', ');

/**
 * Who is reading. Every list and detail read is scoped to what this person may see, in SQL: an admin sees
 * everything; anyone else sees the audits they are named in (programme manager, compliance lead, team member,
 * auditee representative or manager). A delegate of auditee tasks sees the audit's summary, their tasks and the
 * records those are about (see delegateView), nothing else of it.
 */
export interface Viewer {
  email: string;
  admin: boolean;
}

/** SQL condition: the audit `a` is visible to the viewer (in lists, and its detail as far as its roles allow). */
export function auditVisibleSql(viewer: Viewer, params: SqlParameters, alias = 'a'): string {
  if (viewer.admin) return 'TRUE';
  const email = params.add(viewer.email.toLowerCase());
  return `(${staffOfAuditSql(alias, email)} OR ${auditeeOfAuditSql(alias, email)} OR ${delegateInAuditSql(alias, email)})`;
}

/**
 * SQL condition: a record of audit `a` about `subject` (an SQL expression: a finding's id) is visible: to whoever
 * sees the whole audit, and to a delegate given an auditee task about it.
 */
export function auditRecordVisibleSql(viewer: Viewer, params: SqlParameters, subject: string, alias = 'a'): string {
  if (viewer.admin) return 'TRUE';
  const email = params.add(viewer.email.toLowerCase());
  return `(${staffOfAuditSql(alias, email)} OR ${auditeeOfAuditSql(alias, email)} OR ${delegateInAuditSql(alias, email, subject)})`;
}

/** The viewer works on the audit `alias` as its programme manager, compliance lead or a team member. */
function staffOfAuditSql(alias: string, email: string): string {
  return `(${alias}.programme_manager_email = ${email} OR ${alias}.compliance_lead_email = ${email}
    OR EXISTS (SELECT 1 FROM audit_team_members vm WHERE vm.audit_id = ${alias}.id AND vm.email = ${email}))`;
}

/**
 * The viewer is on the auditee side of the whole audit `alias`: its representative or manager, or a delegate for the
 * whole audit (which only audits launched before delegation became per task have, in their header).
 */
function auditeeOfAuditSql(alias: string, email: string): string {
  return `(${alias}.auditee_representative_email = ${email} OR ${alias}.auditee_manager_email = ${email}
    OR ${alias}.header -> 'auditeeDelegates' @> jsonb_build_array(${email}::text))`;
}

/** The viewer was given an auditee task of the audit `alias` (open or closed), about `subject` when given. */
function delegateInAuditSql(alias: string, email: string, subject?: string): string {
  return `EXISTS (SELECT 1 FROM audit_tasks vt WHERE vt.audit_id = ${alias}.id AND vt.assignee = ${email}
    AND vt.role IN (${AUDITEE_ROLES_SQL})${subject ? ` AND vt.subject_id = ${subject}` : ''})`;
}

/**
 * SQL condition: the task `t` of audit `a` is visible. Staff of the audit see all its tasks; the auditee side sees
 * the auditee side's tasks and any task assigned to them; a delegate sees the tasks given to them.
 */
export function taskVisibleSql(viewer: Viewer, params: SqlParameters): string {
  if (viewer.admin) return 'TRUE';
  const email = params.add(viewer.email.toLowerCase());
  return `(${staffOfAuditSql('a', email)} OR t.assignee = ${email}
    OR (t.role IN (${AUDITEE_ROLES_SQL}) AND ${auditeeOfAuditSql('a', email)}))`;
}

/** How the viewer stands to one audit: undefined when they may not see it (or it does not exist). */
export interface AuditAccess {
  /**
   * Roles the viewer acts in according to the read model (empty for an admin who is not in it). A delegate acts in the
   * auditee representative's role, on the tasks given to them only: the rules refuse them anything else.
   */
  roles: AuditRole[];
  /** The viewer sees only what is meant for the auditee. */
  auditeeOnly: boolean;
  /** The viewer's only part in the audit is auditee tasks given to them: they see those and what they are about. */
  delegatedTasksOnly: boolean;
  /** The audit's phase as recorded. */
  phase: AuditPhase;
}

export async function auditAccess(source: ReadModelSource, auditId: string, viewer: Viewer): Promise<AuditAccess | undefined> {
  const email = viewer.email.toLowerCase();
  const [row] = await source.query(
    `SELECT a.phase, a.programme_manager_email, a.compliance_lead_email, a.auditee_representative_email, a.auditee_manager_email,
            (SELECT array_agg(m.role) FROM audit_team_members m WHERE m.audit_id = a.id AND m.email = $2) AS team_roles,
            a.header -> 'auditeeDelegates' @> jsonb_build_array($2::text) AS whole_audit_delegate,
            EXISTS (SELECT 1 FROM audit_tasks t WHERE t.audit_id = a.id AND t.assignee = $2 AND t.role = 'auditee-representative') AS given_auditee_task
     FROM audits a WHERE a.id = $1`,
    [auditId, email],
  );
  if (!row) return undefined;
  // Only this viewer's rows are read, so the roster names them alone among team and delegates.
  const held = rolesIn(
    {
      team: ((row.team_roles as AuditRole[] | null) ?? []).map((role) => ({ email, role })),
      auditeeRepresentative: row.auditee_representative_email,
      auditeeManager: row.auditee_manager_email,
      programmeManager: row.programme_manager_email,
      complianceLead: row.compliance_lead_email,
      auditeeDelegates: row.whole_audit_delegate ? [email] : [],
    },
    email,
  );
  const delegate = Boolean(row.given_auditee_task) && !held.includes('auditee-representative');
  if (held.length === 0 && !delegate && !viewer.admin) return undefined;
  const roles: AuditRole[] = delegate ? [...held, 'auditee-representative'] : held;
  return { roles, auditeeOnly: !viewer.admin && onlyAuditeeSide(roles), delegatedTasksOnly: !viewer.admin && held.length === 0 && delegate, phase: row.phase };
}
