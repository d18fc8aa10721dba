import type { AuditorEvent, AuditorEventType, FieldChanges } from '@auditflow/domain';
import { ReadModelSource } from '../read-model/source';
import { Page, PageRequest, readPage } from '../read-model/page';
import { ChangedBy, changedByOf } from './changed-by';

/**
 * Appends one change to an auditor's history. Pass the EntityManager of the transaction that makes the change, so
 * that the change and its record commit together or not at all.
 */
export async function recordAuditorEvent(
  db: ReadModelSource,
  event: { auditorId: string; auditorEmail: string; type: AuditorEventType; changedBy: ChangedBy; changes: FieldChanges; note?: string },
): Promise<void> {
  await db.query(`INSERT INTO auditor_events (auditor_id, auditor_email, type, actor_email, actor_person_id, changes, note) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
    event.auditorId,
    event.auditorEmail,
    event.type,
    event.changedBy.email,
    event.changedBy.personId,
    JSON.stringify(event.changes),
    event.note ?? null,
  ]);
}

/** An auditor's history in the order its changes were made (ids are taken while the changed row is locked). */
export function listAuditorEvents(db: ReadModelSource, auditorId: string, page: PageRequest): Promise<Page<AuditorEvent>> {
  return readPage(db, page, {
    countSql: (params) => `SELECT count(*)::int AS total FROM auditor_events WHERE auditor_id = ${params.add(auditorId)}`,
    rowsSql: (params) => `SELECT * FROM auditor_events WHERE auditor_id = ${params.add(auditorId)} ORDER BY id`,
    toItem: (row) => ({
      id: Number(row.id),
      auditorId: row.auditor_id as string,
      auditorEmail: row.auditor_email as string,
      type: row.type as AuditorEventType,
      changedBy: changedByOf(row),
      occurredAt: (row.occurred_at as Date).toISOString(),
      changes: row.changes as FieldChanges,
      ...(row.note ? { note: row.note as string } : {}),
    }),
  });
}
