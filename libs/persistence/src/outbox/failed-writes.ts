import { plainRow } from '../read-model/rows';
import { appendSideEvent } from '../read-model/side-events';
import { ReadModelSource } from '../read-model/source';
import { Page, PageRequest, readPage } from '../read-model/page';

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
  await appendSideEvent(db, {
    auditId: row.audit_id,
    workflowId: `failed-write-admin:${id}`,
    type: decision === 'retry' ? 'read-model.write-retried' : 'read-model.write-discarded',
    summary: `${by.email} ${decision === 'retry' ? 'sent a refused step to the read model again' : 'discarded a step the read model refused'} (step ${row.first_seq} of ${row.workflow_id})`,
    actor: by,
    data: { failedWriteId: id, decision, reason: row.reason },
  });
  return toItem(row);
}
