import { EntityManager } from 'typeorm';
import { NotificationIntent, ProgressRecord } from '@auditflow/domain';
import { messageIdFor, notificationDedupeKey } from '@auditflow/persistence';
import { insertMissing, TableSpec } from './sql';

export interface NotificationRow {
  dedupe_key: string;
  /** Null for a notification that spans audits (the daily digest). */
  audit_id: string | null;
  workflow_id: string;
  kind: string;
  recipients: { to: string[]; cc: string[] };
  data: NotificationIntent['data'];
  invite?: NotificationIntent['invite'];
  task_id?: string;
  message_id: string;
}

export const NOTIFICATIONS: TableSpec<NotificationRow> = {
  table: 'notifications',
  key: ['dedupe_key'],
  columns: {
    dedupe_key: 'text',
    audit_id: 'uuid',
    workflow_id: 'text',
    kind: 'text',
    recipients: 'jsonb',
    data: 'jsonb',
    invite: 'jsonb',
    task_id: 'text',
    message_id: 'text',
  },
};

/** The outbox row of one intent of a workflow; its dedupe key and Message-ID follow from the workflow id and intent key. */
export function outboxRow(workflowId: string, auditId: string | null, intent: NotificationIntent): NotificationRow {
  const dedupeKey = notificationDedupeKey(workflowId, intent.key);
  return {
    dedupe_key: dedupeKey,
    audit_id: auditId,
    workflow_id: workflowId,
    kind: intent.kind,
    recipients: { to: intent.to, cc: intent.cc },
    data: intent.data,
    invite: intent.invite,
    task_id: intent.taskId,
    message_id: messageIdFor(dedupeKey),
  };
}

/** One outbox row per distinct intent in the record's events, in event order. */
export function notificationRows(record: ProgressRecord): NotificationRow[] {
  const rows = new Map<string, NotificationRow>();
  for (const intent of record.events.flatMap((event) => event.notify ?? [])) {
    const row = outboxRow(record.workflowId, record.auditId, intent);
    if (!rows.has(row.dedupe_key)) rows.set(row.dedupe_key, row);
  }
  return [...rows.values()];
}

/** Inserts rows whose dedupe key is new; a row already queued (and perhaps sent) stays exactly as it is. */
export async function queueOutboxRows(db: EntityManager, rows: readonly NotificationRow[]): Promise<string[]> {
  await insertMissing(db, NOTIFICATIONS, rows);
  return rows.map((row) => row.dedupe_key);
}

/**
 * Queues the record's notifications (insert-or-ignore by dedupe key) and returns the keys still to send, in event
 * order: those it inserted, and those an earlier attempt queued that are still pending (a send cut short is handed to
 * the sender again). A row already sent is not: the dispatcher sent it at its planned moment, or an earlier attempt
 * of this record did, so the workflow starts no delivery for it.
 */
export async function queueNotifications(db: EntityManager, record: ProgressRecord): Promise<string[]> {
  const keys = await queueOutboxRows(db, notificationRows(record));
  if (keys.length === 0) return keys;
  const pending: Array<{ dedupe_key: string }> = await db.query(`SELECT dedupe_key FROM notifications WHERE dedupe_key = ANY($1::text[]) AND status = 'pending'`, [keys]);
  const stillToSend = new Set(pending.map((row) => row.dedupe_key));
  return keys.filter((key) => stillToSend.has(key));
}
