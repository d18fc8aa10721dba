import { simpleParser } from 'mailparser';
import { Mailbox, MailboxMessage } from '@auditflow/devstack';

export function header(message: MailboxMessage, name: string): string | undefined {
  return message.headers.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase())?.value;
}

/** Every received message of one outbox row, found by the dedupe key header the sender sets. */
export function messagesFor(mailbox: Mailbox, dedupeKey: string): MailboxMessage[] {
  return mailbox.messages().filter((message) => header(message, 'X-Auditflow-Dedupe-Key') === dedupeKey);
}

/** Received messages whose dedupe key matches, oldest first. */
export function messagesMatching(mailbox: Mailbox, pattern: RegExp): MailboxMessage[] {
  return mailbox
    .messages()
    .filter((message) => pattern.test(header(message, 'X-Auditflow-Dedupe-Key') ?? ''))
    .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.id.localeCompare(b.id));
}

/** The text/calendar alternative of a received message: its Content-Type and its content, from the raw MIME. */
export async function calendarPart(mailbox: Mailbox, message: MailboxMessage): Promise<{ contentType: string; content: string }> {
  const parsed = await simpleParser(mailbox.raw(message.id)!);
  const part = parsed.attachments.find((attachment) => attachment.contentType === 'text/calendar');
  if (!part) throw new Error(`message ${message.id} has no text/calendar part (parts: ${parsed.attachments.map((attachment) => attachment.contentType).join(', ')})`);
  const contentType = part.headers.get('content-type') as { value: string; params: Record<string, string> } | undefined;
  const params = Object.entries(contentType?.params ?? {}).map(([key, value]) => `${key}=${value}`);
  return { contentType: [contentType?.value ?? part.contentType, ...params].join('; '), content: part.content.toString('utf8') };
}
