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

/**
 * SQL condition: the audit whose id is `auditId` (an SQL expression: `a.id`, or a record's `f.audit_id`) is visible to
 * the viewer (in lists, and its detail as far as its roles allow).
 *
 * Each way of being named in an audit is an uncorrelated subquery, each part read from its own index (see the
 * ListReadIndexes migration), that PostgreSQL runs once per query and keeps as a hash: a list then filters its rows
 * (in the order of its index, up to its page) by a hash lookup, instead of reading every audit's header (large, stored
 * out of line) or running a subquery per row, whose estimated cost also had the planner compile the query (JIT).
 * Asked of a record's own audit id column, the filter applies as the record's table is read, before any join.
 */
export function auditVisibleSql(viewer: Viewer, params: SqlParameters, auditId = 'a.id'): string {
  if (viewer.admin) return 'TRUE';
  const email = params.add(viewer.email.toLowerCase());
  return `(${auditId} IN (${staffAuditIdsSql(email)}) OR ${auditId} IN (${auditeeAuditIdsSql(email)})
    OR ${auditId} IN (${delegatedTasksSql(email, 'vt.audit_id')}))`;
}

/**
 * SQL condition: a record of the audit `auditId` about `subject` (SQL expressions: `f.audit_id`, a finding's `f.id`)
 * is visible: to whoever sees the whole audit, and to a delegate given an auditee task about it.
 */
export function auditRecordVisibleSql(viewer: Viewer, params: SqlParameters, subject: string, auditId = 'a.id'): string {
  if (viewer.admin) return 'TRUE';
  const email = params.add(viewer.email.toLowerCase());
  return `(${auditId} IN (${staffAuditIdsSql(email)} UNION ALL ${auditeeAuditIdsSql(email)})
    OR (${auditId}, ${subject}) IN (${delegatedTasksSql(email, 'vt.audit_id, vt.subject_id')}))`;
}

/** SQL: the ids of the audits the viewer works on as programme manager, compliance lead or a team member. */
function staffAuditIdsSql(email: string): string {
  return `SELECT vp.id FROM audits vp WHERE vp.programme_manager_email = ${email}
    UNION ALL SELECT vc.id FROM audits vc WHERE vc.compliance_lead_email = ${email}
    UNION ALL SELECT vm.audit_id FROM audit_team_members vm WHERE vm.email = ${email}`;
}

/**
 * SQL: the ids of the audits the viewer is on the auditee side of as a whole: its representative or manager, or a
 * delegate for the whole audit (which only audits launched before delegation became per task have, in their header).
 */
function auditeeAuditIdsSql(email: string): string {
  return `SELECT vr.id FROM audits vr WHERE vr.auditee_representative_email = ${email}
    UNION ALL SELECT va.id FROM audits va WHERE va.auditee_manager_email = ${email}
    UNION ALL SELECT vd.id FROM audits vd WHERE vd.header -> 'auditeeDelegates' @> jsonb_build_array(${email}::text)`;
}

/** SQL: `columns` of the auditee tasks given to the viewer (open or closed). */
function delegatedTasksSql(email: string, columns: string): string {
  return `SELECT ${columns} FROM audit_tasks vt WHERE vt.assignee = ${email} AND vt.role IN (${AUDITEE_ROLES_SQL})`;
}

/**
 * SQL condition: the task `t` of audit `a` is visible. Staff of the audit see all its tasks; the auditee side sees
 * the auditee side's tasks and any task assigned to them; a delegate sees the tasks given to them.
 */
export function taskVisibleSql(viewer: Viewer, params: SqlParameters): string {
  if (viewer.admin) return 'TRUE';
  const email = params.add(viewer.email.toLowerCase());
  return `(t.audit_id IN (${staffAuditIdsSql(email)}) OR t.assignee = ${email}
    OR (t.role IN (${AUDITEE_ROLES_SQL}) AND t.audit_id IN (${auditeeAuditIdsSql(email)})))`;
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
