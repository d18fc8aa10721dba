import type { Client } from 'pg';
import type { MailboxMessage } from '@auditflow/devstack';

export interface MailboxIntegrity {
  received: number;
  /** Message-IDs the mailbox holds more than once. */
  duplicates: string[];
  /** Outbox rows marked sent whose Message-ID the mailbox never received. */
  sentButMissing: string[];
  /** Outbox rows still pending (never delivered) at the end of the run. */
  pending: number;
  /** Planned clock mail more than 5 s past its moment and still not moved to the outbox. */
  plannedPastDue: number;
}

const bare = (messageId: string) => messageId.trim().replace(/^<|>$/g, '');

/** Every mail the outbox sent is in the mailbox exactly once, and nothing is left unsent. */
export async function checkMailbox(messages: readonly MailboxMessage[], db: Client): Promise<MailboxIntegrity> {
  const seen = new Map<string, number>();
  for (const message of messages) {
    const id = message.headers.find((header) => header.name.toLowerCase() === 'message-id')?.value;
    if (id) seen.set(bare(id), (seen.get(bare(id)) ?? 0) + 1);
  }
  const rows = (await db.query<{ message_id: string; status: string }>(`SELECT message_id, status FROM notifications`)).rows;
  return {
    received: messages.length,
    duplicates: [...seen].filter(([, count]) => count > 1).map(([id]) => id),
    sentButMissing: rows.filter((row) => row.status === 'sent' && !seen.has(bare(row.message_id))).map((row) => row.message_id),
    pending: rows.filter((row) => row.status === 'pending').length,
    plannedPastDue: Number((await db.query(`SELECT count(*) FROM planned_mail WHERE send_at < now() - interval '5 seconds'`)).rows[0].count),
  };
}
