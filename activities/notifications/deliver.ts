/**
 * Delivers notification outbox rows by SMTP.
 *
 * What it guarantees when Temporal retries it (or runs it twice at once):
 * - A row marked sent is never sent again: each row is sent inside a transaction holding its row lock
 *   (SELECT ... FOR UPDATE), and the status is checked under that lock. Marking it sent and putting
 *   "notification.sent" on the audit's timeline commit together, after the SMTP server accepted the message.
 * - A failed send is never lost: the attempt count and error are written in a separate statement, the row stays
 *   pending, and the activity throws so Temporal retries with backoff until the server is back.
 * - The one window left: the server accepted the message but the process died (or the database failed) before the
 *   commit. The row is still pending, so the retry sends it again, as the same message: same Message-ID (derived from
 *   the dedupe key), same Date, same body and calendar object, so mail clients show it once.
 */
import { ApplicationFailure } from '@temporalio/common';
import type { Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';
import { lockOutboxRow, recordFailure, markSent, renderable } from './outbox-store';
import { renderNotification } from './render';
import { recordMailSent } from './timeline';
import { isConnectionFailure } from './transport';
import { withHeartbeat } from '../shared/heartbeat';

export { createMailTransport } from './transport';

export interface NotificationActivityDependencies {
  dataSource: DataSource;
  transport: Transporter;
  /** From header, e.g. `Auditflow <auditflow@example.org>`. */
  mailFrom: string;
  /** Base URL for links in mails. */
  publicUrl: string;
}

type Outcome = 'sent' | 'already-sent';

export function createNotificationActivities(deps: NotificationActivityDependencies) {
  const { dataSource, transport, mailFrom, publicUrl } = deps;

  async function deliverOne(dedupeKey: string): Promise<Outcome> {
    return dataSource.transaction(async (manager) => {
      const row = await lockOutboxRow(manager, dedupeKey);
      // Keys come from the outbox insert that committed before they were handed over; a missing row is a bug that
      // no retry can fix.
      if (!row) throw ApplicationFailure.nonRetryable(`no notification with dedupe key ${dedupeKey}`, 'UnknownNotification');
      if (row.status === 'sent') return 'already-sent';
      const mail = renderNotification(renderable(row), { publicUrl, auditTitle: row.auditTitle ?? undefined });
      const info = await transport.sendMail({
        from: mailFrom,
        to: row.recipients.to,
        cc: row.recipients.cc,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        // nodemailer adds the calendar object as a text/calendar; method=... alternative, which is what makes
        // calendar clients treat the mail as an invitation (plus an .ics attachment for the others).
        icalEvent: mail.icalEvent ? { method: mail.icalEvent.method, content: mail.icalEvent.content } : undefined,
        messageId: row.messageId,
        date: row.createdAt,
        headers: { 'X-Auditflow-Dedupe-Key': row.dedupeKey, 'X-Auditflow-Kind': row.kind },
      });
      const sentAt = new Date();
      await markSent(manager, dedupeKey, sentAt);
      await recordMailSent(manager, row, { subject: mail.subject, accepted: addresses(info?.accepted), rejected: addresses(info?.rejected), sentAt });
      return 'sent';
    });
  }

  return {
    /**
     * Sends every pending row among `dedupeKeys`, each in its own transaction, and skips rows already sent. Keeps going
     * after a failed message (the others may well go through) unless the server is unreachable; then throws, naming
     * every key that is still pending.
     */
    deliverNotifications(input: { dedupeKeys: string[] }): Promise<void> {
      return withHeartbeat(() => deliverAll(input.dedupeKeys));
    },
  };

  async function deliverAll(dedupeKeys: string[]): Promise<void> {
    const failures: string[] = [];
    let nonRetryable: ApplicationFailure | undefined;
    for (const [index, dedupeKey] of dedupeKeys.entries()) {
      try {
        await deliverOne(dedupeKey);
      } catch (error) {
        if (error instanceof ApplicationFailure && error.nonRetryable) {
          nonRetryable = error;
          continue;
        }
        const message = error instanceof Error ? error.message : String(error);
        failures.push(`${dedupeKey}: ${message}`);
        await recordFailure(dataSource, dedupeKey, message).catch(() => undefined); // the database may be the failure
        if (isConnectionFailure(error)) {
          failures.push(...dedupeKeys.slice(index + 1).map((key) => `${key}: not tried, the SMTP server is unreachable`));
          break;
        }
      }
    }
    if (failures.length > 0) {
      throw new Error(`${failures.length} of ${dedupeKeys.length} notifications not delivered yet:\n${failures.join('\n')}`);
    }
    if (nonRetryable) throw nonRetryable;
  }
}

function addresses(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.map((entry) => (typeof entry === 'string' ? entry : String((entry as { address?: unknown })?.address ?? entry)));
}
