import type { Client } from 'pg';
import type { AuditflowClient } from '@auditflow/samples';
import { approvedProgramme, launchAudit } from './audit-drivers';
import { pollUntil } from './poll-until';

/** The clock's mails, as the outbox names them: a reminder, then the ladder's rungs (the overdue mail is rung 1). */
const CLOCK_MAILS = ['task-reminder', 'task-overdue', 'task-escalated'];
const REMINDER_LEAD_SECONDS = 2;
const RUNGS_AFTER_SECONDS = [1, 2, 3];
export const MAILS_PER_AUDIT = 1 + RUNGS_AFTER_SECONDS.length;

export interface ClockBurst {
  audits: number;
  mails: number;
  /** Seconds between the earliest and the latest due time of the acknowledgement tasks. */
  dueSpreadSeconds: number;
  /** Per clock mail, seconds from its due time (`scheduledFor`) until the SMTP server had it. */
  lateness: number[];
  /** Clock mails still not sent when the wait ended. */
  missing: number;
  /** Mails per second from the first due time of the burst until the last mail was sent. */
  mailsPerSecond: number;
  /**
   * Seconds from the last rung's due time until every audit's workflow had recorded it (the workflow engine caught up:
   * the mails went out ahead of it, planned); undefined when it had not within the wait.
   */
  caughtUpSeconds?: number;
  auditIds: string[];
}

/**
 * `audits` audits whose acknowledgement tasks all fall due at the same moment, each with a reminder 2 s before and
 * three escalation rungs 1, 2 and 3 s after: 4 mails per audit within 5 s. Launches run in groups, paced; each group's
 * programme gives it a due time shorter by the pace, so the due times of every group meet (within a launch's jitter).
 */
export async function clockBurst(client: AuditflowClient, db: Client, options: { audits: number; groupSize: number; paceSeconds: number; log: (line: string) => void }): Promise<ClockBurst> {
  const groups = Math.ceil(options.audits / options.groupSize);
  const launchSpan = groups * options.paceSeconds;
  const margin = 30;
  const programmes: string[] = [];
  for (let group = 0; group < groups; group += 1) {
    const dueAfter = launchSpan + margin - group * options.paceSeconds;
    programmes.push(
      await approvedProgramme(client, {
        contactAcknowledgementWithin: `PT${dueAfter}S`,
        reminderLeadTimes: [`PT${REMINDER_LEAD_SECONDS}S`],
        escalationLadder: RUNGS_AFTER_SECONDS.map((after, rung) => ({ after: `PT${after}S`, notify: [rung === 0 ? 'assignee' : rung === 1 ? 'assignee-manager' : 'programme-manager'], cc: [] })),
        escalateOnHolidays: true,
      }),
    );
  }
  const start = Date.now();
  const auditIds: string[] = [];
  for (let group = 0; group < groups; group += 1) {
    const at = start + group * options.paceSeconds * 1000;
    if (Date.now() < at) await new Promise((resolve) => setTimeout(resolve, at - Date.now()));
    const size = Math.min(options.groupSize, options.audits - group * options.groupSize);
    auditIds.push(...(await Promise.all(Array.from({ length: size }, () => launchAudit(client, programmes[group])))));
  }
  options.log(`clock burst: ${auditIds.length} audits launched in ${((Date.now() - start) / 1000).toFixed(1)} s`);

  const expected = auditIds.length * MAILS_PER_AUDIT;
  const deadline = start + (launchSpan + margin + 180) * 1000;
  await pollUntil(deadline, 1000, async () => {
    const sent = Number((await db.query(`SELECT count(*) FROM notifications WHERE audit_id = ANY($1) AND kind = ANY($2) AND status = 'sent'`, [auditIds, CLOCK_MAILS])).rows[0].count);
    return sent >= expected;
  });
  // The workflows still record each rung when their timers fire; the next measurements start once they have.
  const lastRung = RUNGS_AFTER_SECONDS.length;
  const caughtUp = await pollUntil(deadline, 500, async () => {
    const behind = Number((await db.query(`SELECT count(*) FROM audit_tasks WHERE audit_id = ANY($1) AND kind = 'acknowledge-contact' AND escalation_level < $2`, [auditIds, lastRung])).rows[0].count);
    return behind === 0;
  });
  const caughtUpAt = caughtUp ? Date.now() : undefined;
  const rows = (
    await db.query<{ message_id: string; scheduled_for: string; sent_at: Date | null }>(
      `SELECT message_id, data->>'scheduledFor' AS scheduled_for, sent_at FROM notifications WHERE audit_id = ANY($1) AND kind = ANY($2)`,
      [auditIds, CLOCK_MAILS],
    )
  ).rows;
  const due = (
    await db.query<{ due_at: Date }>(`SELECT due_at FROM audit_tasks WHERE audit_id = ANY($1) AND kind = 'acknowledge-contact'`, [auditIds])
  ).rows.map((row) => row.due_at.getTime());
  const lastDue = Math.max(...due) + RUNGS_AFTER_SECONDS[lastRung - 1]! * 1000;
  const lateness = rows.filter((row) => row.sent_at).map((row) => (row.sent_at!.getTime() - Date.parse(row.scheduled_for)) / 1000);
  const firstDue = Math.min(...rows.map((row) => Date.parse(row.scheduled_for)));
  const lastSent = Math.max(...rows.filter((row) => row.sent_at).map((row) => row.sent_at!.getTime()));
  return {
    audits: auditIds.length,
    mails: rows.length,
    dueSpreadSeconds: (Math.max(...due) - Math.min(...due)) / 1000,
    lateness,
    missing: expected - lateness.length,
    mailsPerSecond: lateness.length / Math.max((lastSent - firstDue) / 1000, 0.001),
    ...(caughtUpAt !== undefined ? { caughtUpSeconds: Math.max(0, (caughtUpAt - lastDue) / 1000) } : {}),
    auditIds,
  };
}
