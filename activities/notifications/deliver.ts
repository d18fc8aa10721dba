/**
 * Delivers notification outbox rows by SMTP.
 *
 * What it guarantees when Temporal retries it (or runs it twice at once):
 * - A row marked sent is never sent again: each row is sent inside a transaction of its own holding its row lock
 *   (SELECT ... FOR UPDATE), and the status is checked under that lock. Marking it sent and putting
 *   "notification.sent" on the audit's timeline commit together, after the SMTP server accepted the message.
 *   Several rows are sent at once, each in its own transaction: the lock lets one attempt at a time hold a row, so
 *   rows sent side by side (by one call, or by two attempts of the same delivery) are still sent once each.
 * - A failed send is never lost: the attempt count and error are written in a separate statement, the row stays
 *   pending, and the activity throws so Temporal retries with backoff until the server is back. When the server is
 *   unreachable no further row is started (the rows already in flight finish), and the error names every key still
 *   pending. A call starts with one row and widens to its slots once a row went out, so an outage costs one attempt.
 * - The one window left: the server accepted the message but the process died (or the database failed) before the
 *   commit. The row is still pending, so the retry sends it again, as the same message: same Message-ID (derived from
 *   the dedupe key), same Date, same body and calendar object, so mail clients show it once.
 * - A mail that can never go out (the server refuses the message itself with a permanent 5xx answer, or it cannot be
 *   rendered) is marked undeliverable with the reason, in the same locked transaction, and put on the audit's
 *   timeline; its programme manager (or compliance lead) is told by a mail of its own, in the same call. No retry
 *   repeats that: the row is no longer pending. Its audit goes on. A refused connection (greeting, login) or a pooled
 *   connection that went stale is never taken for that: the row stays pending and is retried (transport.ts).
 * - Bounded: rows in flight are shared by every delivery of the worker process (Temporal runs up to
 *   WORKER_MAX_CONCURRENT_ACTIVITIES at once), at most one per pooled SMTP connection (SMTP_MAX_CONNECTIONS) and
 *   never more than the database pool can carry; the other rows wait their turn holding nothing.
 */
import { ApplicationFailure } from '@temporalio/common';
import type { Transporter } from 'nodemailer';
import type { DataSource, EntityManager } from 'typeorm';
import { notificationDedupeKey } from '@auditflow/persistence';
import { outboxRow, queueOutboxRows } from '../projection/outbox';
import { lockOutboxRow, markSent, markUndeliverable, OutboxRow, recordFailure, renderable, undeliverableNoticeRecipient } from './outbox-store';
import { renderNotification } from './render';
import { recordMailSent, recordMailUndeliverable } from './timeline';
import { isConnectionFailure, isPermanentRefusal, mailCapacity } from './transport';
import { SendSlots } from './send-slots';
import { withHeartbeat } from '../shared/heartbeat';
import { reportAttachment } from './report-attachment';
import type { FileStore } from '@auditflow/file-store';
import { countLeftOutbox, DeliveryMetrics, LeftOutbox, NO_DELIVERY_METRICS } from './delivery-metrics';

export interface NotificationActivityDependencies {
  dataSource: DataSource;
  transport: Transporter;
  /** From header, e.g. `Auditflow <auditflow@example.org>`. */
  mailFrom: string;
  /** Base URL for links in mails. */
  publicUrl: string;
  /** Where the issued report is stored once, for the mail to attach. */
  fileStore: FileStore;
  /** Counts sends, failures, retries, escalations and clock lateness; nothing by default. */
  metrics?: DeliveryMetrics;
}

/** What became of one row; `notice` is the key of a mail telling the programme manager about recipients not reached. */
type Outcome = ({ result: 'already-done' } | LeftOutbox) & { notice?: string };

export function createNotificationActivities(deps: NotificationActivityDependencies) {
  const { dataSource, transport, mailFrom, publicUrl, fileStore, metrics = NO_DELIVERY_METRICS } = deps;
  // Rows in flight across every delivery of this worker (all of them share these slots): one per SMTP connection of
  // the pool, and no more than the database pool holds connections for, each row counted at its most, so rows in
  // flight never wait for a connection another of them holds. With the defaults: 5 connections, 10 in the pool.
  const slots = new SendSlots(Math.max(1, Math.min(mailCapacity(transport), Math.floor(connectionPoolSize(dataSource) / CONNECTIONS_PER_ROW))));

  async function deliverOne(dedupeKey: string): Promise<Outcome> {
    return dataSource.transaction(async (manager) => {
      const row = await lockOutboxRow(manager, dedupeKey);
      // Keys come from the outbox insert that committed before they were handed over; a missing row is a bug that
      // no retry can fix.
      if (!row) throw ApplicationFailure.nonRetryable(`no notification with dedupe key ${dedupeKey}`, 'UnknownNotification');
      // A retry after a crash still hands over the notice that the first attempt queued with its commit.
      if (row.status !== 'pending') return { result: 'already-done', notice: await pendingNotice(manager, row.dedupeKey) };
      let mail: ReturnType<typeof renderNotification>;
      try {
        mail = renderNotification(renderable(row), { publicUrl, auditTitle: row.auditTitle ?? undefined });
      } catch (error) {
        return giveUp(manager, row, `${row.kind} mail`, `the mail cannot be rendered: ${messageOf(error)}`);
      }
      // The issued report itself, not a link alone (6.5): the stored version, rendered and stored by the first to ask.
      const attachments = await reportAttachment(manager, fileStore, row);
      if (row.attempts > 0) metrics.mailRetried(row.kind);
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
        attachments,
        messageId: row.messageId,
        date: row.createdAt,
        headers: { 'X-Auditflow-Dedupe-Key': row.dedupeKey, 'X-Auditflow-Kind': row.kind },
      }).catch((error: unknown): Error => {
        if (isPermanentRefusal(error)) return error as Error;
        metrics.mailFailed(row.kind);
        throw error;
      });
      if (info instanceof Error) return giveUp(manager, row, mail.subject, `the mail server refused it for good: ${messageOf(info)}`);
      const sentAt = new Date();
      await markSent(manager, dedupeKey, sentAt);
      const rejected = addresses(info?.rejected);
      await recordMailSent(manager, row, { subject: mail.subject, accepted: addresses(info?.accepted), rejected, sentAt });
      // Some recipients refused, the others got it: the mail counts as sent, and whoever runs the audit hears of it.
      if (rejected.length === 0) return { result: 'sent', row, sentAt };
      const reason = `the mail server refused ${rejected.join(', ')}: ${rejectionReasons(info)}`;
      return { result: 'sent', row, sentAt, notice: await queueNotice(manager, row, mail.subject, rejected, reason) };
    });
  }

  /** Marks the row undeliverable, records why, and queues the notice to whoever runs its audit. */
  async function giveUp(manager: EntityManager, row: OutboxRow, subject: string, reason: string): Promise<Outcome> {
    await markUndeliverable(manager, row.dedupeKey, reason);
    await recordMailUndeliverable(manager, row, subject, reason);
    return { result: 'undeliverable', row, notice: await queueNotice(manager, row, subject, [...row.recipients.to, ...row.recipients.cc], reason) };
  }

  async function pendingNotice(manager: EntityManager, dedupeKey: string): Promise<string | undefined> {
    const key = notificationDedupeKey(UNDELIVERABLE_NOTICES, dedupeKey);
    const [row] = await manager.query(`SELECT 1 FROM notifications WHERE dedupe_key = $1 AND status = 'pending'`, [key]);
    return row ? key : undefined;
  }

  /** Queues (once per mail) the notice about recipients not reached; never a notice of a notice, nor for a digest. */
  async function queueNotice(manager: EntityManager, row: OutboxRow, subject: string, unreachable: string[], reason: string): Promise<string | undefined> {
    if (row.kind === 'mail-undeliverable' || !row.auditId) return undefined;
    const recipient = await undeliverableNoticeRecipient(manager, row.auditId, unreachable);
    if (!recipient) return undefined;
    const notice = outboxRow(UNDELIVERABLE_NOTICES, row.auditId, {
      kind: 'mail-undeliverable',
      key: row.dedupeKey,
      to: [recipient],
      cc: [],
      data: { auditTitle: row.auditTitle ?? 'an audit', subject, recipients: unreachable.join(', '), reason },
    });
    const [key] = await queueOutboxRows(manager, [notice]);
    return key;
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
    const keys = [...dedupeKeys];
    const failures: string[] = [];
    let nonRetryable: ApplicationFailure | undefined;
    let next = 0;
    let unreachable = false;
    const notTried: string[] = [];
    // One row at a time until one has gone out: an unreachable server then costs one attempt, not one per slot.
    let reached = false;

    /** Delivers one row and notes what became of it; never throws. */
    async function settle(dedupeKey: string): Promise<void> {
      try {
        const outcome = await deliverOne(dedupeKey);
        if (outcome.result !== 'already-done') {
          reached = true;
          // Counted once committed: a transaction that fails after the send is retried, and counted then.
          countLeftOutbox(metrics, outcome);
        }
        // The notice about recipients not reached goes out in the same run, retried like any other mail.
        if (outcome.notice) keys.push(outcome.notice);
      } catch (error) {
        if (error instanceof ApplicationFailure && error.nonRetryable) {
          nonRetryable = error;
          return;
        }
        const message = messageOf(error);
        failures.push(`${dedupeKey}: ${message}`);
        await recordFailure(dataSource, dedupeKey, message).catch(() => undefined); // the database may be the failure
        if (isConnectionFailure(error)) unreachable = true;
      }
    }

    // Lanes take the next key until none is left (or the server is unreachable); each row waits for a slot first.
    await new Promise<void>((done) => {
      let lanes = 0;
      const widen = () => {
        while (lanes < (reached ? slots.size : 1) && !unreachable && next < keys.length) {
          lanes += 1;
          void lane().finally(() => {
            lanes -= 1;
            if (lanes === 0) done();
          });
        }
      };
      const lane = async () => {
        while (!unreachable && next < keys.length) {
          const dedupeKey = keys[next++]!;
          // A row that waited for its slot while another found the server unreachable is not tried either.
          await slots.run(async () => {
            if (unreachable) notTried.push(dedupeKey);
            else await settle(dedupeKey);
          });
          widen();
        }
      };
      widen();
      if (lanes === 0) done();
    });
    if (unreachable) notTried.push(...keys.slice(next));
    failures.push(...notTried.map((key) => `${key}: not tried, the SMTP server is unreachable`));
    if (failures.length > 0) {
      throw new Error(`${failures.length} of ${keys.length} notifications not delivered yet:\n${failures.join('\n')}`);
    }
    if (nonRetryable) throw nonRetryable;
  }
}

/**
 * Database connections one row in flight may hold: its transaction's, and the file store's while it reads or stores
 * the report a report-distributed mail attaches.
 */
const CONNECTIONS_PER_ROW = 2;

/** The size of the DataSource's connection pool (pg's own default when it sets none). */
function connectionPoolSize(dataSource: DataSource): number {
  const max = (dataSource.options as { extra?: { max?: unknown } }).extra?.max;
  return typeof max === 'number' && max > 0 ? max : 10;
}

/** The outbox "workflow" of notices about undeliverable mail: keyed by the undeliverable mail's own key. */
const UNDELIVERABLE_NOTICES = 'mail-undeliverable';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What the server said for each refused recipient (nodemailer's rejectedErrors), shortened. */
function rejectionReasons(info: unknown): string {
  const errors = (info as { rejectedErrors?: { response?: string; message?: string }[] } | undefined)?.rejectedErrors ?? [];
  return errors.map((error) => error.response ?? error.message ?? 'refused').join('; ').slice(0, 1000) || 'refused';
}

function addresses(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.map((entry) => (typeof entry === 'string' ? entry : String((entry as { address?: unknown })?.address ?? entry)));
}
