import { ReadModelSource } from './source';

// Who may speak about an auditor's work on an audit (ISO 19011 7.4 evaluation after each audit): the audit's team
// leader and its auditee side, about the members of that audit's team. Each answers the ids of such audits.

/** Audits `auditorEmail` was a team member of and `leaderEmail` led (the leader never evaluates themselves). */
export async function auditsLedOver(source: ReadModelSource, auditorEmail: string, leaderEmail: string): Promise<string[]> {
  const rows = (await source.query(
    `SELECT DISTINCT m.audit_id FROM audit_team_members m
     JOIN audit_team_members l ON l.audit_id = m.audit_id AND l.role = 'team-leader' AND l.email = $2
     WHERE m.email = $1 AND m.email <> $2`,
    [auditorEmail.toLowerCase(), leaderEmail.toLowerCase()],
  )) as { audit_id: string }[];
  return rows.map((row) => row.audit_id);
}

/** Audits `auditorEmail` was a team member of whose auditee representative or manager is `auditeeEmail`. */
export async function auditsAuditedFor(source: ReadModelSource, auditorEmail: string, auditeeEmail: string): Promise<string[]> {
  const rows = (await source.query(
    `SELECT DISTINCT a.id FROM audits a JOIN audit_team_members m ON m.audit_id = a.id
     WHERE m.email = $1 AND (a.auditee_representative_email = $2 OR a.auditee_manager_email = $2)`,
    [auditorEmail.toLowerCase(), auditeeEmail.toLowerCase()],
  )) as { id: string }[];
  return rows.map((row) => row.id);
}
