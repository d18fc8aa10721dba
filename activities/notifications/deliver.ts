/**
 * Delivers notification outbox rows by SMTP.
 *
 * What it guarantees when Temporal retries it (or runs it twice at once):
 * - A row marked sent is never sent again: rows are sent in batches, each inside a transaction holding its rows' locks
 *   (SELECT ... FOR UPDATE, in key order), and a row's status is checked under that lock. Marking rows sent and
 *   putting "notification.sent" on their audits' timelines commit together, after the SMTP server accepted them. The
 *   lock lets one attempt at a time hold a row, so rows sent side by side (by one call, or by two attempts of the same
 *   delivery) are still sent once each.
 * - A failed send is never lost: the rows that went out are committed with their batch; the failed one keeps its
 *   attempt count and error (a separate statement, after the batch), stays pending, and the activity throws so
 *   Temporal retries with backoff until the server is back. When the server is unreachable no further row is started
 *   (the rows already in flight finish), and the error names every key still pending. A call starts with one row and
 *   widens once a row went out, so an outage costs one attempt.
 * - The one window left: the server accepted a batch's messages but the process died (or the database failed) before
 *   the batch's commit. Its rows are still pending, so the retry sends them again, as the same messages: same
 *   Message-ID (derived from the dedupe key), same Date, same body and calendar object, so mail clients show each once.
 * - A mail that can never go out (the server refuses the message itself with a permanent 5xx answer, or it cannot be
 *   rendered) is marked undeliverable with the reason, in its batch's transaction, and put on the audit's timeline;
 *   its programme manager (or compliance lead) is told by a mail of its own, in the same call. No retry repeats that:
 *   the row is no longer pending. Its audit goes on. A refused connection (greeting, login) or a pooled connection
 *   that went stale is never taken for that: the row stays pending and is retried (transport.ts).
 * - Bounded: messages in flight are shared by every delivery of the worker process (Temporal runs up to
 *   WORKER_MAX_CONCURRENT_ACTIVITIES at once), at most one per pooled SMTP connection (SMTP_MAX_CONNECTIONS); batches
 *   open at once are few and never more than the database pool can carry; the others wait their turn holding nothing.
 */
import { ApplicationFailure } from '@temporalio/common';
import type { Transporter } from 'nodemailer';
import type { DataSource, EntityManager } from 'typeorm';
import { notificationDedupeKey } from '@auditflow/persistence';
import { outboxRow, queueOutboxRows } from '../projection/outbox';
import { lockOutboxRows, markSent, markUndeliverable, OutboxRow, pendingKeys, recordFailure, renderable, undeliverableNoticeRecipient } from './outbox-store';
import { inLanes } from './lanes';
import { renderNotification } from './render';
import { recordMailsSent, recordMailUndeliverable } from './timeline';
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

/** What became of one row that left the outbox; `notice` is the key of a mail telling the programme manager about recipients not reached. */
type Outcome = LeftOutbox & { notice?: string };

/** One call of deliverNotifications: the keys it works through (notices join them), and what became of them. */
interface DeliveryRun {
  keys: string[];
  next: number;
  /** A row went out (or was refused for good) in this call: the server answers, so sending widens. */
  reached: boolean;
  unreachable: boolean;
  failures: string[];
  notTried: string[];
  nonRetryable?: ApplicationFailure;
}

/** A locked pending row, rendered, with what the send needs. */
interface Prepared {
  row: OutboxRow;
  mail: ReturnType<typeof renderNotification>;
  attachments: Awaited<ReturnType<typeof reportAttachment>>;
}

/** What a batch's send phase yields; the database work happens after it, in the batch's transaction. */
interface Sent {
  prepared: Prepared;
  sentAt: Date;
  accepted: string[];
  rejected: string[];
  reasons: string;
}

export function createNotificationActivities(deps: NotificationActivityDependencies) {
  const { dataSource, transport, mailFrom, publicUrl, fileStore, metrics = NO_DELIVERY_METRICS } = deps;
  // Messages in flight across every delivery of this worker (all of them share these slots): one per SMTP connection.
  const sends = new SendSlots(mailCapacity(transport));
  // Batches open at once across the worker: two, so one sends while the other locks or commits, and never more than
  // the database pool holds connections for (each at its most), so an open batch never waits for a connection
  // another holds. The rest of the pool stays with the workflows' writes.
  const batches = new SendSlots(Math.max(1, Math.min(BATCHES_AT_ONCE, Math.floor(connectionPoolSize(dataSource) / CONNECTIONS_PER_BATCH))));

  /**
   * Sends the batch's pending rows under their locks and records what became of them; never throws. A row whose send
   * failed is noted in `run` (and its failure recorded after the transaction); a transaction that failed leaves every
   * row of the batch pending, to be retried.
   */
  async function deliverBatch(run: DeliveryRun, keys: string[]): Promise<void> {
    if (run.unreachable) {
      run.notTried.push(...keys);
      return;
    }
    const failed = new Map<string, string>();
    try {
      const outcomes = await dataSource.transaction((manager) => sendLocked(manager, run, keys, failed));
      for (const outcome of outcomes) {
        // Counted once committed: a batch that fails after the send is retried, and counted then.
        if ('row' in outcome) countLeftOutbox(metrics, outcome);
        // The notice about recipients not reached goes out in the same run, retried like any other mail.
        if (outcome.notice) run.keys.push(outcome.notice);
      }
    } catch (error) {
      // The database failed: whatever went out in this batch is still pending and goes out again, as the same message.
      for (const key of keys) if (!failed.has(key) && !run.notTried.includes(key)) failed.set(key, messageOf(error));
    }
    for (const [key, message] of failed) {
      run.failures.push(`${key}: ${message}`);
      await recordFailure(dataSource, key, message).catch(() => undefined); // the database may be the failure
    }
  }

  async function sendLocked(manager: EntityManager, run: DeliveryRun, keys: string[], failed: Map<string, string>): Promise<Array<Outcome | { notice?: string }>> {
    const rows = await lockOutboxRows(manager, keys);
    const locked = new Set(rows.map((row) => row.dedupeKey));
    // Keys come from the outbox insert that committed before they were handed over; a missing row is a bug that no
    // retry can fix.
    for (const key of keys) if (!locked.has(key)) run.nonRetryable = ApplicationFailure.nonRetryable(`no notification with dedupe key ${key}`, 'UnknownNotification');
    const outcomes: Array<Outcome | { notice?: string }> = [];
    // A retry after a crash still hands over the notices that the first attempt queued with its commit.
    const done = rows.filter((row) => row.status !== 'pending');
    const stillPending = await pendingKeys(manager, done.map((row) => noticeKeyOf(row.dedupeKey)));
    for (const row of done) if (stillPending.has(noticeKeyOf(row.dedupeKey))) outcomes.push({ notice: noticeKeyOf(row.dedupeKey) });

    const prepared: Prepared[] = [];
    for (const row of rows.filter((candidate) => candidate.status === 'pending')) {
      let mail: Prepared['mail'];
      try {
        mail = renderNotification(renderable(row), { publicUrl, auditTitle: row.auditTitle ?? undefined });
      } catch (error) {
        outcomes.push(await giveUp(manager, row, `${row.kind} mail`, `the mail cannot be rendered: ${messageOf(error)}`));
        continue;
      }
      // The issued report itself, not a link alone (6.5): the stored version, rendered and stored by the first to ask.
      try {
        prepared.push({ row, mail, attachments: await reportAttachment(manager, fileStore, row) });
      } catch (error) {
        failed.set(row.dedupeKey, messageOf(error));
      }
    }

    const sent: Sent[] = [];
    const refused: Array<{ prepared: Prepared; error: unknown }> = [];
    let next = 0;
    await inLanes(
      () => (run.unreachable ? undefined : prepared[next++]),
      () => (run.reached ? sends.size : 1),
      (item) =>
        sends.run(async () => {
          if (run.unreachable) return void run.notTried.push(item.row.dedupeKey);
          const outcome = await send(item);
          if ('failure' in outcome) {
            failed.set(item.row.dedupeKey, messageOf(outcome.failure));
            if (isConnectionFailure(outcome.failure)) run.unreachable = true;
            return;
          }
          run.reached = true;
          if ('refusal' in outcome) refused.push({ prepared: item, error: outcome.refusal });
          else sent.push(outcome);
        }),
    );
    // A row whose turn never came because the server was unreachable: not tried, so no attempt is counted.
    run.notTried.push(...prepared.slice(next).map((item) => item.row.dedupeKey));

    await markSent(manager, sent.map(({ prepared: { row }, sentAt }) => ({ dedupeKey: row.dedupeKey, sentAt })));
    await recordMailsSent(manager, sent.map(({ prepared: { row, mail }, sentAt, accepted, rejected }) => ({ row, mail: { subject: mail.subject, accepted, rejected, sentAt } })));
    for (const { prepared: { row, mail }, sentAt, rejected, reasons } of sent) {
      // Some recipients refused, the others got it: the mail counts as sent, and whoever runs the audit hears of it.
      const notice = rejected.length > 0 ? await queueNotice(manager, row, mail.subject, rejected, `the mail server refused ${rejected.join(', ')}: ${reasons}`) : undefined;
      outcomes.push({ result: 'sent', row, sentAt, notice });
    }
    for (const { prepared: { row, mail }, error } of refused) outcomes.push(await giveUp(manager, row, mail.subject, `the mail server refused it for good: ${messageOf(error)}`));
    return outcomes;
  }

  /** Hands one rendered row to the SMTP server: what it accepted, its permanent refusal, or the (retryable) failure. */
  async function send(prepared: Prepared): Promise<Sent | { refusal: unknown } | { failure: unknown }> {
    const { row, mail, attachments } = prepared;
    if (row.attempts > 0) metrics.mailRetried(row.kind);
    try {
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
      });
      return { prepared, sentAt: new Date(), accepted: addresses(info?.accepted), rejected: addresses(info?.rejected), reasons: rejectionReasons(info) };
    } catch (error) {
      if (isPermanentRefusal(error)) return { refusal: error };
      metrics.mailFailed(row.kind);
      return { failure: error };
    }
  }

  /** Marks the row undeliverable, records why, and queues the notice to whoever runs its audit. */
  async function giveUp(manager: EntityManager, row: OutboxRow, subject: string, reason: string): Promise<Outcome> {
    await markUndeliverable(manager, row.dedupeKey, reason);
    await recordMailUndeliverable(manager, row, subject, reason);
    return { result: 'undeliverable', row, notice: await queueNotice(manager, row, subject, [...row.recipients.to, ...row.recipients.cc], reason) };
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
     * Sends every pending row among `dedupeKeys`, in batches of BATCH_ROWS, and skips rows already sent. Keeps going
     * after a failed message (the others may well go through) unless the server is unreachable; then throws, naming
     * every key that is still pending.
     */
    deliverNotifications(input: { dedupeKeys: string[] }): Promise<void> {
      return withHeartbeat(() => deliverAll(input.dedupeKeys));
    },
  };

  async function deliverAll(dedupeKeys: string[]): Promise<void> {
    const run: DeliveryRun = { keys: [...dedupeKeys], next: 0, reached: false, unreachable: false, failures: [], notTried: [] };
    const nextBatch = () => {
      if (run.unreachable || run.next >= run.keys.length) return undefined;
      const batch = run.keys.slice(run.next, run.next + BATCH_ROWS);
      run.next += batch.length;
      return batch;
    };
    // One batch until a row has gone out (an unreachable server then costs one attempt), then as many as the slots allow.
    await inLanes(nextBatch, () => (run.reached ? batches.size : 1), (batch) => batches.run(() => deliverBatch(run, batch)));
    if (run.unreachable) run.notTried.push(...run.keys.slice(run.next));
    const failures = [...run.failures, ...run.notTried.map((key) => `${key}: not tried, the SMTP server is unreachable`)];
    if (failures.length > 0) {
      throw new Error(`${failures.length} of ${run.keys.length} notifications not delivered yet:\n${failures.join('\n')}`);
    }
    if (run.nonRetryable) throw run.nonRetryable;
  }
}

/** Rows sent in one transaction: enough that its statements cost little per mail, few enough that a crash resends little. */
const BATCH_ROWS = 25;

/** Batches open at once in a worker. */
const BATCHES_AT_ONCE = 2;

/**
 * Database connections one open batch may hold: its transaction's, and the file store's while it reads or stores
 * the report a report-distributed mail attaches (one row at a time).
 */
const CONNECTIONS_PER_BATCH = 2;

/** The size of the DataSource's connection pool (pg's own default when it sets none). */
function connectionPoolSize(dataSource: DataSource): number {
  const max = (dataSource.options as { extra?: { max?: unknown } }).extra?.max;
  return typeof max === 'number' && max > 0 ? max : 10;
}

/** The outbox "workflow" of notices about undeliverable mail: keyed by the undeliverable mail's own key. */
const UNDELIVERABLE_NOTICES = 'mail-undeliverable';

/** The key of the notice about an undeliverable (or partly refused) mail. */
const noticeKeyOf = (dedupeKey: string) => notificationDedupeKey(UNDELIVERABLE_NOTICES, dedupeKey);

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
