import { plainRow } from '../read-model/rows';
import { Page, PageRequest, ReadModelSource, readPage } from '../read-model/source';

/** A step the read model refused for good, waiting for an admin. */
export interface FailedWrite {
  id: number;
  workflowId: string;
  auditId: string;
  auditTitle?: string;
  firstSeq: number;
  reason: string;
  status: 'failed' | 'retrying' | 'recorded' | 'discarded';
  failedAt: string;
  decidedBy?: string;
  decidedAt?: string;
}

const COLUMNS = 'f.id, f.workflow_id, f.audit_id, a.title AS audit_title, f.first_seq, f.reason, f.status, f.failed_at, f.decided_by, f.decided_at';
const toItem = (row: Record<string, unknown>) => ({ ...plainRow<FailedWrite>(row), id: Number(row.id) });

/** Failed writes still waiting (failed) or being tried again (retrying), newest first. */
export function listFailedWrites(db: ReadModelSource, request: PageRequest): Promise<Page<FailedWrite>> {
  return readPage(db, request, {
    countSql: () => `SELECT count(*)::int AS total FROM failed_writes f WHERE f.status IN ('failed', 'retrying')`,
    rowsSql: () => `SELECT ${COLUMNS} FROM failed_writes f LEFT JOIN audits a ON a.id = f.audit_id WHERE f.status IN ('failed', 'retrying') ORDER BY f.failed_at DESC, f.id DESC`,
    toItem,
  });
}

export async function countFailedWrites(db: ReadModelSource): Promise<number> {
  const [row] = await db.query(`SELECT count(*)::int AS n FROM failed_writes WHERE status IN ('failed', 'retrying')`);
  return row.n;
}

/**
 * An admin's decision on a failed write, with a timeline line on its audit, in one transaction: `retry` marks it
 * retrying (the caller starts the retry), `discard` gives it up. Undefined when there is no such waiting write.
 */
export async function decideFailedWrite(db: ReadModelSource, id: number, decision: 'retry' | 'discard', by: { personId: string; email: string }): Promise<FailedWrite | undefined> {
  const next = decision === 'retry' ? 'retrying' : 'discarded';
  const [rows] = await db.query(
    `UPDATE failed_writes f SET status = $2, decided_by = $3, decided_at = now() WHERE f.id = $1 AND f.status IN ('failed', 'retrying')
     RETURNING f.id, f.workflow_id, f.audit_id, f.first_seq, f.reason, f.status, f.failed_at, f.decided_by, f.decided_at`,
    [id, next, by.email],
  );
  const row = rows?.[0];
  if (!row) return undefined;
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE workflow_id = $1`, [`failed-write-admin:${id}`]);
  await db.query(
    `INSERT INTO audit_events (audit_id, workflow_id, seq, type, summary, phase, actor_email, actor_person_id, data, occurred_at)
     VALUES ($1, $2, $3, $4, $5, COALESCE((SELECT phase FROM audits WHERE id = $1), 'initiating'), $6, $7, $8, now())`,
    [
      row.audit_id,
      `failed-write-admin:${id}`,
      n + 1,
      decision === 'retry' ? 'read-model.write-retried' : 'read-model.write-discarded',
      `${by.email} ${decision === 'retry' ? 'sent a refused step to the read model again' : 'discarded a step the read model refused'} (step ${row.first_seq} of ${row.workflow_id})`,
      by.email,
      by.personId,
      JSON.stringify({ failedWriteId: id, decision, reason: row.reason }),
    ],
  );
  return toItem(row);
}
