import { DataSource } from 'typeorm';

/** Every table that holds rows of one audit, with the column naming the audit. */
const AUDIT_TABLES: Array<[table: string, auditColumn: string]> = [
  ['audits', 'id'],
  ['audit_team_members', 'audit_id'],
  ['audit_tasks', 'audit_id'],
  ['audit_documents', 'audit_id'],
  ['audit_plan_versions', 'audit_id'],
  ['audit_work_assignments', 'audit_id'],
  ['audit_checklist_items', 'audit_id'],
  ['audit_evidence', 'audit_id'],
  ['audit_findings', 'audit_id'],
  ['audit_meetings', 'audit_id'],
  ['audit_report_versions', 'audit_id'],
  ['audit_follow_ups', 'audit_id'],
  ['corrective_actions', 'audit_id'],
  ['audit_events', 'audit_id'],
  ['notifications', 'audit_id'],
];

/** Every stored row of the audit, table by table, in a stable order: equal snapshots mean nothing changed. */
export async function snapshotAudit(dataSource: DataSource, auditId: string): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const [table, column] of AUDIT_TABLES) {
    snapshot[table] = await dataSource.query(`SELECT * FROM ${table} t WHERE ${column} = $1 ORDER BY t::text`, [auditId]);
  }
  return snapshot;
}

export function rowCounts(snapshot: Record<string, unknown[]>): Record<string, number> {
  return Object.fromEntries(Object.entries(snapshot).map(([table, rows]) => [table, rows.length]));
}
