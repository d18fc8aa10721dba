import { EntityManager } from 'typeorm';
import { NotificationIntent } from '../../libs/domain/src/notifications';
import { ProgressRecord } from '../../libs/domain/src/projection/delta';
import { messageIdFor } from '../../libs/persistence/src/outbox/message-id';
import { notificationDedupeKey } from '../../libs/persistence/src/outbox/dedupe-key';
import { insertMissing, TableSpec } from './sql';

interface NotificationRow {
  dedupe_key: string;
  audit_id: string;
  workflow_id: string;
  kind: string;
  recipients: { to: string[]; cc: string[] };
  data: NotificationIntent['data'];
  invite?: NotificationIntent['invite'];
  task_id?: string;
  message_id: string;
}

const NOTIFICATIONS: TableSpec<NotificationRow> = {
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

/** One outbox row per distinct intent in the record's events, in event order. */
export function notificationRows(record: ProgressRecord): NotificationRow[] {
  const rows = new Map<string, NotificationRow>();
  for (const intent of record.events.flatMap((event) => event.notify ?? [])) {
    const dedupeKey = notificationDedupeKey(record.workflowId, intent.key);
    if (rows.has(dedupeKey)) continue;
    rows.set(dedupeKey, {
      dedupe_key: dedupeKey,
      audit_id: record.auditId,
      workflow_id: record.workflowId,
      kind: intent.kind,
      recipients: { to: intent.to, cc: intent.cc },
      data: intent.data,
      invite: intent.invite,
      task_id: intent.taskId,
      message_id: messageIdFor(dedupeKey),
    });
  }
  return [...rows.values()];
}

/**
 * Queues the record's notifications (insert-or-ignore by dedupe key) and returns every dedupe key, including those
 * queued by an earlier attempt: the caller hands them to the sender, which skips rows already sent.
 */
export async function queueNotifications(db: EntityManager, record: ProgressRecord): Promise<string[]> {
  const rows = notificationRows(record);
  await insertMissing(db, NOTIFICATIONS, rows);
  return rows.map((row) => row.dedupe_key);
}
