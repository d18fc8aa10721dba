import { plainRow } from '../read-model/rows';
import { appendSideEvent } from '../read-model/side-events';
import { ReadModelSource } from '../read-model/source';
import { Page, PageRequest, readPage } from '../read-model/page';

/** A pending mail counts as failing once this many attempts have failed (an outage, a misconfigured relay). */
export const FAILING_AFTER_ATTEMPTS = 3;

/** Mail that is stuck: given up as undeliverable, or pending with several failed attempts. */
export interface StuckMail {
  dedupeKey: string;
  auditId?: string;
  auditTitle?: string;
  kind: string;
  recipients: { to: string[]; cc: string[] };
  status: 'pending' | 'undeliverable';
  attempts: number;
  lastError?: string;
  createdAt: string;
  undeliverableAt?: string;
}

const STUCK = `(n.status = 'undeliverable' OR (n.status = 'pending' AND n.attempts >= ${FAILING_AFTER_ATTEMPTS}))`;

export function listStuckMail(db: ReadModelSource, request: PageRequest): Promise<Page<StuckMail>> {
  return readPage(db, request, {
    countSql: () => `SELECT count(*)::int AS total FROM notifications n WHERE ${STUCK}`,
    rowsSql: () =>
      `SELECT n.dedupe_key, n.audit_id, a.title AS audit_title, n.kind, n.recipients, n.status, n.attempts, n.last_error, n.created_at, n.undeliverable_at
       FROM notifications n LEFT JOIN audits a ON a.id = n.audit_id WHERE ${STUCK} ORDER BY n.created_at DESC, n.dedupe_key`,
    toItem: (row) => plainRow<StuckMail>(row),
  });
}

export async function countStuckMail(db: ReadModelSource): Promise<{ undeliverable: number; failing: number }> {
  const [row] = await db.query(
    `SELECT count(*) FILTER (WHERE status = 'undeliverable')::int AS undeliverable,
            count(*) FILTER (WHERE status = 'pending' AND attempts >= ${FAILING_AFTER_ATTEMPTS})::int AS failing
     FROM notifications n WHERE ${STUCK}`,
  );
  return { undeliverable: row.undeliverable, failing: row.failing };
}

/**
 * An admin's decision on a stuck mail, with the row's new status and a timeline line on its audit, in one
 * transaction. `retry` makes an undeliverable mail pending again (the caller then hands it to delivery); `discard`
 * makes any stuck mail never go out.
 */
export async function decideStuckMail(
  db: ReadModelSource,
  dedupeKey: string,
  decision: 'retry' | 'discard',
  by: { personId: string; email: string },
): Promise<StuckMail | undefined> {
  const next = decision === 'retry' ? 'pending' : 'discarded';
  const [rows] = await db.query(
    `UPDATE notifications n SET status = $2 WHERE dedupe_key = $1 AND ${STUCK} RETURNING n.dedupe_key, n.audit_id, n.kind, n.recipients, n.status, n.attempts, n.last_error, n.created_at, n.undeliverable_at`,
    [dedupeKey, next],
  );
  const row = rows?.[0];
  if (!row) return undefined;
  if (row.audit_id) {
    await appendSideEvent(db, {
      auditId: row.audit_id,
      workflowId: `mail-admin:${dedupeKey}`,
      type: decision === 'retry' ? 'notification.retried' : 'notification.discarded',
      summary: `${by.email} ${decision === 'retry' ? 'sent a stuck mail again' : 'discarded a stuck mail'} (${row.kind} to ${[...row.recipients.to, ...row.recipients.cc].join(', ')})`,
      actor: by,
      data: { dedupeKey, decision },
    });
  }
  return plainRow<StuckMail>(row);
}
