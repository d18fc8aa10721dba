import type { NotificationKind } from '@auditflow/domain';
import type { OutboxRow } from './outbox-store';

/** The clock's mails: reminders before a due date, and each rung of the escalation ladder (the overdue mail is rung 1). */
export type TimerMail = 'reminder' | 'escalation';

/** What mail delivery tells whoever counts it (the worker's Prometheus metrics). */
export interface DeliveryMetrics {
  /** A send attempt of a notification whose earlier attempt failed. */
  mailRetried(kind: NotificationKind): void;
  /** The mail server did not take the mail: for now (it is retried), or for good (it is undeliverable). */
  mailFailed(kind: NotificationKind): void;
  mailSent(kind: NotificationKind): void;
  /** An escalation mail left the outbox (sent, or given up as undeliverable); rung 1 is the first of the ladder. */
  escalationFired(rung: number): void;
  /** A reminder or escalation mail was sent, `seconds` after the moment the clock was due to send it. */
  timerMailSent(timer: TimerMail, seconds: number): void;
}

/** Counts nothing: activities created without metrics (most tests). */
export const NO_DELIVERY_METRICS: DeliveryMetrics = {
  mailRetried: () => undefined,
  mailFailed: () => undefined,
  mailSent: () => undefined,
  escalationFired: () => undefined,
  timerMailSent: () => undefined,
};

const TIMER_MAILS: Partial<Record<NotificationKind, TimerMail>> = {
  'task-reminder': 'reminder',
  'programme-task-reminder': 'reminder',
  'task-overdue': 'escalation',
  'task-escalated': 'escalation',
  'programme-task-escalated': 'escalation',
};

/** A row that left the outbox: sent, or given up for good. */
export type LeftOutbox = { row: OutboxRow } & ({ result: 'sent'; sentAt: Date } | { result: 'undeliverable' });

/**
 * Counts a row that left the outbox. A clock mail is measured from the moment it was due (`scheduledFor`, which the
 * clock puts on its mails); rows queued before it did so are measured from when they were queued.
 */
export function countLeftOutbox(metrics: DeliveryMetrics, outcome: LeftOutbox): void {
  const { row } = outcome;
  const timer = TIMER_MAILS[row.kind];
  if (timer === 'escalation') metrics.escalationFired(Number(row.data.level));
  if (outcome.result === 'undeliverable') {
    metrics.mailFailed(row.kind);
    return;
  }
  metrics.mailSent(row.kind);
  if (!timer) return;
  const dueAt = typeof row.data.scheduledFor === 'string' ? Date.parse(row.data.scheduledFor) : row.createdAt.getTime();
  metrics.timerMailSent(timer, (outcome.sentAt.getTime() - dueAt) / 1000);
}
