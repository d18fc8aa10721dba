import type { DataSource, EntityManager } from 'typeorm';
import type { NotificationRecipients } from '@auditflow/persistence';
import type { AuditPhase, CalendarInvite, NotificationKind } from '@auditflow/domain';
import type { RenderableNotification } from './render';

/** An outbox row as the sender reads it, with the audit's title and phase joined in (null without an audit row). */
export interface OutboxRow {
  dedupeKey: string;
  workflowId: string;
  auditId: string | null;
  kind: NotificationKind;
  recipients: NotificationRecipients;
  data: Record<string, unknown>;
  invite: CalendarInvite | null;
  taskId: string | null;
  status: 'pending' | 'sent' | 'undeliverable' | 'discarded';
  attempts: number;
  messageId: string;
  createdAt: Date;
  auditTitle: string | null;
  auditPhase: AuditPhase | null;
}

/**
 * Reads the rows and locks them until `manager`'s transaction ends, so a second attempt of the same delivery (a retry
 * racing a slow first attempt, or two workers) waits here and then sees them already sent. Locked in key order: two
 * deliveries of overlapping keys never wait for each other in a circle. Keys without a row are absent.
 */
export async function lockOutboxRows(manager: EntityManager, dedupeKeys: readonly string[]): Promise<OutboxRow[]> {
  return manager.query(
    `SELECT n.dedupe_key AS "dedupeKey", n.workflow_id AS "workflowId", n.audit_id AS "auditId", n.kind, n.recipients,
            n.data, n.invite, n.task_id AS "taskId", n.status, n.attempts, n.message_id AS "messageId",
            n.created_at AS "createdAt", a.title AS "auditTitle", a.phase AS "auditPhase"
       FROM notifications n
       LEFT JOIN audits a ON a.id = n.audit_id
      WHERE n.dedupe_key = ANY($1::text[])
      ORDER BY n.dedupe_key
        FOR UPDATE OF n`,
    [[...dedupeKeys]],
  );
}

/** Marks the locked rows sent, each at its own moment, in one statement. */
export async function markSent(manager: EntityManager, sent: ReadonlyArray<{ dedupeKey: string; sentAt: Date }>): Promise<void> {
  if (sent.length === 0) return;
  await manager.query(
    `UPDATE notifications n SET status = 'sent', sent_at = s.sent_at, attempts = n.attempts + 1, last_error = NULL
       FROM unnest($1::text[], $2::timestamptz[]) AS s(dedupe_key, sent_at)
      WHERE n.dedupe_key = s.dedupe_key`,
    [sent.map((row) => row.dedupeKey), sent.map((row) => row.sentAt)],
  );
}

/** Those of `dedupeKeys` whose row is still pending. */
export async function pendingKeys(manager: EntityManager, dedupeKeys: readonly string[]): Promise<Set<string>> {
  if (dedupeKeys.length === 0) return new Set();
  const rows: Array<{ dedupe_key: string }> = await manager.query(`SELECT dedupe_key FROM notifications WHERE dedupe_key = ANY($1::text[]) AND status = 'pending'`, [[...dedupeKeys]]);
  return new Set(rows.map((row) => row.dedupe_key));
}

/**
 * Counts a failed attempt and keeps its error. Runs outside the delivery transaction, which has rolled back by now,
 * so the record survives. A row that is already sent is left alone.
 */
export async function recordFailure(dataSource: DataSource, dedupeKey: string, error: string): Promise<void> {
  await dataSource.query(
    `UPDATE notifications SET attempts = attempts + 1, last_error = $2 WHERE dedupe_key = $1 AND status = 'pending'`,
    [dedupeKey, error.slice(0, 4000)],
  );
}

export function renderable(row: OutboxRow): RenderableNotification {
  return { kind: row.kind, auditId: row.auditId, taskId: row.taskId, data: row.data as RenderableNotification['data'], invite: row.invite, createdAt: row.createdAt };
}

/** Gives a row up for good, with the reason, inside the delivery transaction that holds its lock. */
export async function markUndeliverable(manager: EntityManager, dedupeKey: string, reason: string): Promise<void> {
  await manager.query(
    `UPDATE notifications SET status = 'undeliverable', undeliverable_at = now(), attempts = attempts + 1, last_error = $2 WHERE dedupe_key = $1 AND status = 'pending'`,
    [dedupeKey, reason.slice(0, 4000)],
  );
}

/** Who hears of an undeliverable mail of an audit: its programme manager, or its compliance lead when the manager is the one unreachable. */
export async function undeliverableNoticeRecipient(manager: EntityManager, auditId: string, unreachable: string[]): Promise<string | undefined> {
  const [audit] = await manager.query(`SELECT programme_manager_email, compliance_lead_email FROM audits WHERE id = $1`, [auditId]);
  if (!audit) return undefined;
  return [audit.programme_manager_email, audit.compliance_lead_email].find((address: string) => !unreachable.includes(address));
}
