import type { EntityManager } from 'typeorm';
import type { ProgressRecord } from '@auditflow/domain';
import { NotificationRow, outboxRow } from './outbox';

/**
 * Replaces a workflow's planned clock mail with the plan its step carried: rows no longer planned are withdrawn (a
 * task done, a date moved), the others are written or rewritten (recipients and dates as the step left them). A mail
 * already in the outbox is not planned again: the clock's step, or the dispatcher, has queued it for sending.
 *
 * On retry: the same plan gives the same rows; records of one workflow are applied in order under its lock.
 */
export async function replacePlannedMail(db: EntityManager, record: ProgressRecord): Promise<void> {
  if (!record.plannedMail) return;
  const { taskQueue, mail } = record.plannedMail;
  const rows = mail.map(({ sendAt, intent }) => ({ ...outboxRow(record.workflowId, record.auditId, intent), task_queue: taskQueue, send_at: sendAt }));
  await db.query(`DELETE FROM planned_mail WHERE workflow_id = $1 AND dedupe_key <> ALL($2::text[])`, [record.workflowId, rows.map((row) => row.dedupe_key)]);
  if (rows.length === 0) return;
  await db.query(
    `INSERT INTO planned_mail (dedupe_key, workflow_id, audit_id, task_queue, kind, recipients, data, invite, task_id, message_id, send_at)
     SELECT p.dedupe_key, p.workflow_id, p.audit_id, p.task_queue, p.kind, p.recipients, p.data, p.invite, p.task_id, p.message_id, p.send_at
       FROM jsonb_to_recordset($1::jsonb) AS p(${PLANNED_COLUMNS})
      WHERE NOT EXISTS (SELECT 1 FROM notifications n WHERE n.dedupe_key = p.dedupe_key)
     ON CONFLICT (dedupe_key) DO UPDATE SET
       task_queue = EXCLUDED.task_queue, kind = EXCLUDED.kind, recipients = EXCLUDED.recipients, data = EXCLUDED.data,
       invite = EXCLUDED.invite, task_id = EXCLUDED.task_id, send_at = EXCLUDED.send_at, planned_at = now()`,
    [JSON.stringify(rows satisfies Array<NotificationRow & { task_queue: string; send_at: string }>, withoutNul)],
  );
}

const PLANNED_COLUMNS =
  'dedupe_key text, workflow_id text, audit_id uuid, task_queue text, kind text, recipients jsonb, data jsonb, invite jsonb, task_id text, message_id text, send_at timestamptz';

/** PostgreSQL's jsonb cannot hold U+0000 (as in the outbox's own writes). */
const withoutNul = (_key: string, value: unknown) => (typeof value === 'string' ? value.replaceAll('\u0000', '') : value);
