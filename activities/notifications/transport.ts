import nodemailer, { Transporter } from 'nodemailer';

/** A pool of SMTP connections: how many at once, and how many messages each carries before it is replaced. */
export interface MailPool {
  /** SMTP_MAX_CONNECTIONS. */
  maxConnections: number;
  /** SMTP_MAX_MESSAGES. */
  maxMessages: number;
}

/** Messages each transport made here can carry at once; what sends mail through it sends no more than that. */
const capacities = new WeakMap<Transporter, number>();

/**
 * The SMTP transport. With `pool` (the worker's mail) it keeps up to `maxConnections` connections open and sends over
 * them, so a burst of mail does not open a connection per message. A pooled connection the server dropped while idle
 * (an outage, a restart, its idle timeout) is not handed a message: nodemailer removes it when the server closes it,
 * closes idle ones itself after 4 minutes (below the 5 RFC 5321 asks servers to wait), and sends a message again over
 * a new connection when a reused one fails before a byte of it went out. Whatever still fails is a connection
 * failure, never a 5xx answer, so the row stays pending and Temporal retries it (see deliver.ts).
 * Without `pool` (the API's sign-in links: one now and then, and a stopping API holds no idle connection) it opens a
 * connection per message. Timeouts are short so an unreachable server fails the activity attempt quickly and
 * Temporal's backoff takes over.
 */
export function createMailTransport(smtpUrl: string, pool?: MailPool): Transporter {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    ...(pool ? { pool: true, maxConnections: pool.maxConnections, maxMessages: pool.maxMessages } : { pool: false }),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    dnsTimeout: 10_000,
  });
  capacities.set(transport, pool?.maxConnections ?? 1);
  return transport;
}

/** How many messages to hand `transport` at once: its pool's connections; one for a transport made elsewhere. */
export function mailCapacity(transport: Transporter): number {
  return capacities.get(transport) ?? 1;
}

const CONNECTION_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNREFUSED']);

/** True when the server could not be reached at all, so the other messages of a batch would fail the same way. */
export function isConnectionFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CONNECTION_CODES.has(code);
}

/** nodemailer's codes of an answer to this message's MAIL FROM, RCPT TO or DATA, as opposed to the connection's. */
const MESSAGE_REFUSAL_CODES = new Set(['EENVELOPE', 'EMESSAGE']);

/**
 * The server refused the message for good: a 5xx answer to the message itself (e.g. 550 mailbox unavailable for every
 * recipient). A retry would get the same answer. 4xx answers and connection failures are transient and retried, and
 * so is a 5xx answer to the connection (a greeting or EHLO refused, e.g. over a relay's connection limit; a failed
 * login): it says nothing about the message, and marking the mail undeliverable for it would be a mistake.
 */
export function isPermanentRefusal(error: unknown): boolean {
  const { code, responseCode } = (error as { code?: unknown; responseCode?: unknown } | null) ?? {};
  return typeof code === 'string' && MESSAGE_REFUSAL_CODES.has(code) && typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
}
