import type { FieldChanges, ProgrammeEvent, ProgrammeEventType } from '@auditflow/domain';
import { ReadModelSource } from '../read-model/source';
import { Page, PageRequest, readPage } from '../read-model/page';
import { ChangedBy, changedByOf } from './changed-by';

/**
 * Appends one change to a programme's history. Pass the EntityManager of the transaction that makes the change, so
 * that the change and its record commit together or not at all.
 */
export async function recordProgrammeEvent(
  db: ReadModelSource,
  event: { programmeId: string; type: ProgrammeEventType; changedBy: ChangedBy; changes: FieldChanges; note?: string },
): Promise<void> {
  await db.query(`INSERT INTO programme_events (programme_id, type, actor_email, actor_person_id, changes, note) VALUES ($1, $2, $3, $4, $5, $6)`, [
    event.programmeId,
    event.type,
    event.changedBy.email,
    event.changedBy.personId,
    JSON.stringify(event.changes),
    event.note ?? null,
  ]);
}

/** A programme's history in the order its changes were made (ids are taken while the changed row is locked). */
export function listProgrammeEvents(db: ReadModelSource, programmeId: string, page: PageRequest): Promise<Page<ProgrammeEvent>> {
  return readPage(db, page, {
    countSql: (params) => `SELECT count(*)::int AS total FROM programme_events WHERE programme_id = ${params.add(programmeId)}`,
    rowsSql: (params) => `SELECT * FROM programme_events WHERE programme_id = ${params.add(programmeId)} ORDER BY id`,
    toItem: (row) => ({
      id: Number(row.id),
      programmeId: row.programme_id as string,
      type: row.type as ProgrammeEventType,
      changedBy: changedByOf(row),
      occurredAt: (row.occurred_at as Date).toISOString(),
      changes: row.changes as FieldChanges,
      ...(row.note !== null ? { note: row.note as string } : {}),
    }),
  });
}
