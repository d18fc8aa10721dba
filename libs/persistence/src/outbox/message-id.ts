import { createHash } from 'node:crypto';

/** Right-hand side of every Message-ID Auditflow sends. */
export const MESSAGE_ID_DOMAIN = 'auditflow';

/**
 * The RFC 5322 Message-ID of the mail for one outbox row, derived from its dedupe key alone.
 * Deterministic on purpose: a message re-sent after a crash or SMTP timeout carries the same Message-ID, so mail
 * clients and the receiving server see a duplicate of one message rather than two messages. Angle brackets are
 * included because that is how the header (and mail parsers) spell it.
 */
export function messageIdFor(dedupeKey: string): string {
  const digest = createHash('sha256').update(dedupeKey, 'utf8').digest('hex');
  return `<${digest.slice(0, 32)}@${MESSAGE_ID_DOMAIN}>`;
}
