import { EntityManager } from 'typeorm';
import { ProgressRecord, TeamMember } from '@auditflow/domain';
import { insertMissing, TableSpec } from './sql';

interface TeamMemberRow {
  audit_id: string;
  email: string;
  name: string;
  role: string;
  unit?: string;
  last_seq: number;
}

const AUDIT_TEAM_MEMBERS: TableSpec<TeamMemberRow> = {
  table: 'audit_team_members',
  key: ['audit_id', 'email'],
  columns: { audit_id: 'uuid', email: 'text', name: 'text', role: 'text', unit: 'text', last_seq: 'integer' },
};

/**
 * Replaces the audit's team with the record's (members can be replaced, so this is not an upsert), unless the
 * stored team came from a newer record. The team is small, so delete-and-insert is the simple correct way.
 */
export async function replaceTeam(db: EntityManager, record: ProgressRecord, team: readonly TeamMember[]): Promise<void> {
  const [{ newest }] = (await db.query('SELECT max(last_seq) AS newest FROM audit_team_members WHERE audit_id = $1', [record.auditId])) as Array<{
    newest: number | null;
  }>;
  if (newest !== null && newest > record.firstSeq) return;
  await db.query('DELETE FROM audit_team_members WHERE audit_id = $1', [record.auditId]);
  const rows = team.map((member) => ({
    audit_id: record.auditId,
    email: member.email,
    name: member.name,
    role: member.role,
    unit: member.unit,
    last_seq: record.firstSeq,
  }));
  await insertMissing(db, AUDIT_TEAM_MEMBERS, rows);
}
