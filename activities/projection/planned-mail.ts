import type { EntityManager } from 'typeorm';
import type { ProgressRecord } from '@auditflow/domain';
import { NOTIFICATIONS, NotificationRow, outboxRow } from './outbox';
import { jsonParameter, recordsetColumns, TableSpec } from './sql';

type PlannedMailRow = NotificationRow & { task_queue: string; send_at: string };

/** An outbox row with the task queue whose dispatcher sends it and its moment. */
const PLANNED_MAIL: TableSpec<PlannedMailRow> = {
  table: 'planned_mail',
  key: ['dedupe_key'],
  columns: { ...NOTIFICATIONS.columns, task_queue: 'text', send_at: 'timestamptz' },
};

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
  const rows: PlannedMailRow[] = mail.map(({ sendAt, intent }) => ({ ...outboxRow(record.workflowId, record.auditId, intent), task_queue: taskQueue, send_at: sendAt }));
  await db.query(`DELETE FROM planned_mail WHERE workflow_id = $1 AND dedupe_key <> ALL($2::text[])`, [record.workflowId, rows.map((row) => row.dedupe_key)]);
  if (rows.length === 0) return;
  const columns = Object.keys(PLANNED_MAIL.columns);
  await db.query(
    `INSERT INTO planned_mail (${columns.join(', ')})
     SELECT ${columns.map((column) => `p.${column}`).join(', ')} FROM jsonb_to_recordset($1::jsonb) AS p(${recordsetColumns(PLANNED_MAIL)})
      WHERE NOT EXISTS (SELECT 1 FROM notifications n WHERE n.dedupe_key = p.dedupe_key)
     ON CONFLICT (dedupe_key) DO UPDATE SET ${columns.filter((column) => column !== 'dedupe_key').map((column) => `${column} = EXCLUDED.${column}`).join(', ')}, planned_at = now()`,
    [jsonParameter(rows)],
  );
}
