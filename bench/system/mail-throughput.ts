import type { Client } from 'pg';
import { pollUntil } from './poll-until';

export interface MailThroughput {
  mails: number;
  /** Mails per second from their common moment until the last was sent. */
  mailsPerSecond: number;
  /** Mails not sent when the wait ended. */
  missing: number;
}

/**
 * The delivery path's own rate, with a backlog: `mails` reminders planned for the same moment, 2 s ahead, for the
 * worker's dispatcher to move into the outbox and send (row lock, rendering, the timeline line, the commit), as it
 * does with the clock's mail. Written straight into `planned_mail` (copies of a reminder the clock burst sent), so what
 * is measured is the sending, not how fast workflows can plan: the burst measures that, spread as audits fall due.
 */
export async function plannedMailThroughput(db: Client, options: { mails: number; auditIds: string[]; taskQueue: string }): Promise<MailThroughput> {
  const { rows: samples } = await db.query<{ audit_id: string; recipients: unknown; data: unknown; task_id: string }>(
    `SELECT audit_id, recipients, data, task_id FROM notifications WHERE audit_id = ANY($1) AND kind = 'task-reminder' AND status = 'sent' LIMIT 50`,
    [options.auditIds],
  );
  if (samples.length === 0) throw new Error('no sent reminder of the clock burst to copy');
  const run = Date.now().toString(36);
  const sendAt = new Date(Date.now() + 2_000);
  const keys = Array.from({ length: options.mails }, (_, index) => `bench-throughput-${run}:${index}`);
  await db.query(
    `INSERT INTO planned_mail (dedupe_key, workflow_id, audit_id, task_queue, kind, recipients, data, task_id, message_id, send_at)
     SELECT key, 'bench-throughput-' || $2, (s.sample ->> 'audit_id')::uuid, $3, 'task-reminder', s.sample -> 'recipients', s.sample -> 'data',
            s.sample ->> 'task_id', '<' || key || '@bench.auditflow>', $4
       FROM unnest($1::text[]) WITH ORDINALITY AS k(key, n)
       JOIN LATERAL (SELECT ($5::jsonb -> ((k.n - 1) % $6)::int) AS sample) s ON true`,
    [keys, run, options.taskQueue, sendAt, JSON.stringify(samples), samples.length],
  );
  let sent = 0;
  let lastSent = sendAt.getTime();
  await pollUntil(Date.now() + 180_000, 500, async () => {
    const { rows } = await db.query<{ sent: string; last: Date | null }>(`SELECT count(*) AS sent, max(sent_at) AS last FROM notifications WHERE dedupe_key = ANY($1) AND status = 'sent'`, [keys]);
    sent = Number(rows[0]!.sent);
    lastSent = rows[0]!.last?.getTime() ?? lastSent;
    return sent >= options.mails;
  });
  return { mails: options.mails, mailsPerSecond: sent / Math.max((lastSent - sendAt.getTime()) / 1000, 0.001), missing: options.mails - sent };
}
