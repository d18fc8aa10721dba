import type { EntityManager } from 'typeorm';
import { appendSideEvent, appendSideEvents, SideEvent } from '@auditflow/persistence';
import type { OutboxRow } from './outbox-store';

export interface SentMail {
  subject: string;
  /** Addresses the SMTP server accepted and rejected (a partial rejection still counts as sent). */
  accepted: string[];
  rejected: string[];
  sentAt: Date;
}

/**
 * The audit_events namespace of one mail. audit_events is unique on (workflow_id, seq) and a workflow's seq numbers
 * are the workflow's own, so delivery records live under a workflow id of their own, one per dedupe key, with seq 1:
 * the pair is stable across retries, and deliveries of one workflow running in parallel never contend for numbers.
 */
export function mailEventWorkflowId(dedupeKey: string): string {
  return `mail:${dedupeKey}`;
}

/**
 * Puts "notification.sent" on the audits' timelines, in the transaction that marks the rows sent: both happen or
 * neither. The conflict clause only guards against a row someone marked pending again by hand.
 */
export async function recordMailsSent(manager: EntityManager, sent: ReadonlyArray<{ row: OutboxRow; mail: SentMail }>): Promise<void> {
  // A digest spans audits; its outbox row (status, sent_at) is the record.
  await appendSideEvents(manager, sent.flatMap(({ row, mail }) => (row.auditId ? [sentEvent(row, row.auditId, mail)] : [])));
}

function sentEvent(row: OutboxRow, auditId: string, mail: SentMail): SideEvent {
  const to = row.recipients.to.join(', ');
  const cc = row.recipients.cc.length > 0 ? ` (cc ${row.recipients.cc.join(', ')})` : '';
  return {
    auditId,
    workflowId: mailEventWorkflowId(row.dedupeKey),
    seq: 1,
    type: 'notification.sent',
    summary: `Mail "${mail.subject}" sent to ${to}${cc}`,
    phase: row.auditPhase,
    subjectId: row.taskId ?? row.invite?.uid,
    data: {
      kind: row.kind,
      dedupeKey: row.dedupeKey,
      workflowId: row.workflowId,
      messageId: row.messageId,
      to: row.recipients.to,
      cc: row.recipients.cc,
      accepted: mail.accepted,
      rejected: mail.rejected,
      attempt: row.attempts + 1,
    },
    occurredAt: mail.sentAt,
  };
}

/**
 * Puts "notification.undeliverable" on the audit's timeline with the reason, in the transaction that marks the row
 * undeliverable (seq 2 under the mail's own workflow id, so it never meets the seq 1 of a sent record).
 */
export async function recordMailUndeliverable(manager: EntityManager, row: OutboxRow, subject: string, reason: string): Promise<void> {
  if (!row.auditId) return;
  await appendSideEvent(manager, {
    auditId: row.auditId,
    workflowId: mailEventWorkflowId(row.dedupeKey),
    seq: 2,
    type: 'notification.undeliverable',
    summary: `Mail "${subject}" to ${[...row.recipients.to, ...row.recipients.cc].join(', ')} could not be delivered: ${reason}`.slice(0, 2000),
    phase: row.auditPhase,
    subjectId: row.taskId ?? row.invite?.uid,
    data: { kind: row.kind, dedupeKey: row.dedupeKey, workflowId: row.workflowId, to: row.recipients.to, cc: row.recipients.cc, reason },
  });
}
