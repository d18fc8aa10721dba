import type { Meeting } from '@auditflow/domain';
import { domainRow } from './rows';
import { ReadModelSource } from './source';

/** One meeting of an audit with the audit's title (what its calendar object names), or undefined. */
export async function getMeeting(source: ReadModelSource, auditId: string, meetingId: string): Promise<{ auditTitle: string; meeting: Meeting } | undefined> {
  const [row] = (await source.query(`SELECT m.*, a.title AS audit_title FROM audit_meetings m JOIN audits a ON a.id = m.audit_id WHERE m.audit_id = $1 AND m.id = $2`, [auditId, meetingId])) as Record<string, unknown>[];
  if (!row) return undefined;
  const { audit_title: auditTitle, ...meeting } = row;
  return { auditTitle: String(auditTitle), meeting: domainRow<Meeting>(meeting) };
}
