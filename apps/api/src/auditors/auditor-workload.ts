import { DataSource } from 'typeorm';

/**
 * How many audits each person is on the team of whose planned dates overlap the window, among audits still running
 * (closed and cancelled ones take no more time). Keyed by e-mail, as the team and the pool record it.
 */
export async function workloadInWindow(dataSource: DataSource, start: string, end: string): Promise<Map<string, number>> {
  const rows = (await dataSource.query(
    `SELECT m.email, count(DISTINCT a.id)::int AS audits
     FROM audit_team_members m JOIN audits a ON a.id = m.audit_id
     WHERE a.phase NOT IN ('closed', 'cancelled') AND a.planned_start <= $2 AND a.planned_end >= $1
     GROUP BY m.email`,
    [start, end],
  )) as { email: string; audits: number }[];
  return new Map(rows.map((row) => [row.email, row.audits]));
}
