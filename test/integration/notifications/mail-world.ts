// What the notification integration tests share: a migrated database, an in-process SMTP server, the sender
// activity wired to both, and helpers to create an audit (through the real projection) and outbox rows (by SQL).
import { PostgresFileStore } from '@auditflow/file-store';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { createMailTransport } from '@auditflow/activities';
import { createNotificationActivities } from '@auditflow/activities/notifications';
import { createProjectionActivities } from '@auditflow/activities/projection';
import { Mailbox, REPO_ROOT } from '@auditflow/devstack';
import type { NotificationIntent, ProgressRecord } from '@auditflow/domain';
import { messageIdFor, notificationDedupeKey } from '@auditflow/persistence';
import { AuditRun, auditDefinition, hoursAfterStart, scenarioPeople, ScenarioPeople } from '../persistence/audit-scenario';
import { insertProgramme, openTestDatabase, TestDatabase } from '../persistence/test-database';

export const PUBLIC_URL = 'https://auditflow.test';
export const MAIL_FROM = 'Auditflow <auditflow@auditflow.test>';

export interface OutboxState {
  status: 'pending' | 'sent';
  attempts: number;
  last_error: string | null;
  sent_at: Date | null;
  message_id: string;
}

export interface MailWorld {
  dataSource: DataSource;
  mailbox: Mailbox;
  transport: Transporter;
  deliver(dedupeKeys: string[], transport?: Transporter): Promise<void>;
  record(record: ProgressRecord): Promise<string[]>;
  close(): Promise<void>;
}

export async function openMailWorld(): Promise<MailWorld> {
  const database: TestDatabase = await openTestDatabase();
  const tmp = join(REPO_ROOT, 'test', '.tmp');
  mkdirSync(tmp, { recursive: true });
  const mailbox = new Mailbox({ dir: mkdtempSync(join(tmp, 'notifications-mail-')) });
  await mailbox.start({ smtpPort: 0 });
  // Pooled as the worker's, with its defaults (SMTP_MAX_CONNECTIONS, SMTP_MAX_MESSAGES).
  const transport = createMailTransport(mailbox.smtpUrl, { maxConnections: 5, maxMessages: 100 });
  const { dataSource } = database;
  const projection = createProjectionActivities({ dataSource });
  const activitiesFor = (via: Transporter) => createNotificationActivities({ dataSource, transport: via, mailFrom: MAIL_FROM, publicUrl: PUBLIC_URL, fileStore: new PostgresFileStore(dataSource) });
  // One set of activities for the pooled transport, as in a worker: every delivery shares its slots.
  const activities = activitiesFor(transport);
  return {
    dataSource,
    mailbox,
    transport,
    deliver: (dedupeKeys, via = transport) => (via === transport ? activities : activitiesFor(via)).deliverNotifications({ dedupeKeys }),
    record: async (record) => (await projection.recordAuditProgress(record)).notificationKeys,
    async close() {
      transport.close();
      await mailbox.stop();
      await database.close();
    },
  };
}

/** A launched audit in the read model (so the sender finds its title and phase), with its own people. */
export async function newAudit(world: MailWorld): Promise<{ run: AuditRun; people: ScenarioPeople; startKeys: string[] }> {
  const people = scenarioPeople();
  const programmeId = await insertProgramme(world.dataSource, { manager: people.programmeManager, complianceLead: people.complianceLead });
  const run = new AuditRun(auditDefinition(programmeId, people), hoursAfterStart(0));
  const startKeys = await world.record(run.last);
  return { run, people, startKeys };
}

/** A task-assigned mail to `to`, as a step queues it. */
export const taskAssignedIntent = (to: string, taskId = 'T-9'): NotificationIntent => ({
  kind: 'task-assigned',
  key: `${taskId}:assigned`,
  to: [to],
  cc: [],
  taskId,
  data: { taskId, taskTitle: 'Supply the risk treatment plan', taskKind: 'supply-documents', dueAt: '2026-01-20T17:00:00.000Z', assignee: to },
});

/** Queues an intent the way the projection does, by plain SQL; returns its dedupe key. */
export async function insertOutboxRow(dataSource: DataSource, row: { workflowId: string; auditId: string | null; intent: NotificationIntent }): Promise<string> {
  const dedupeKey = notificationDedupeKey(row.workflowId, row.intent.key);
  await dataSource.query(
    `INSERT INTO notifications (dedupe_key, audit_id, workflow_id, kind, recipients, data, invite, task_id, message_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      dedupeKey,
      row.auditId,
      row.workflowId,
      row.intent.kind,
      JSON.stringify({ to: row.intent.to, cc: row.intent.cc }),
      JSON.stringify(row.intent.data),
      row.intent.invite ? JSON.stringify(row.intent.invite) : null,
      row.intent.taskId ?? null,
      messageIdFor(dedupeKey),
    ],
  );
  return dedupeKey;
}

export async function outboxState(dataSource: DataSource, dedupeKey: string): Promise<OutboxState> {
  const [row] = (await dataSource.query(`SELECT status, attempts, last_error, sent_at, message_id FROM notifications WHERE dedupe_key = $1`, [dedupeKey])) as OutboxState[];
  if (!row) throw new Error(`no outbox row ${dedupeKey}`);
  return row;
}

export async function sentEvents(dataSource: DataSource, auditId: string): Promise<Array<{ workflow_id: string; summary: string; phase: string; subject_id: string | null; data: Record<string, unknown> }>> {
  return dataSource.query(`SELECT workflow_id, summary, phase, subject_id, data FROM audit_events WHERE audit_id = $1 AND type = 'notification.sent' ORDER BY id`, [auditId]);
}

export { calendarPart, header, messagesFor } from '../../support/mail-queries';
