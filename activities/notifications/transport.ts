import nodemailer, { Transporter } from 'nodemailer';

/**
 * The SMTP transport (the worker's mail, the API's sign-in links). One connection per message (no pool): deliveries are few and bursty, and a
 * pooled connection that went stale during an outage would fail the first message after it. Timeouts are short so an
 * unreachable server fails the activity attempt quickly and Temporal's backoff takes over.
 */
export function createMailTransport(smtpUrl: string): Transporter {
  return nodemailer.createTransport({
    url: smtpUrl,
    pool: false,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    dnsTimeout: 10_000,
  });
}

const CONNECTION_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNREFUSED']);

/** True when the server could not be reached at all, so the other messages of a batch would fail the same way. */
export function isConnectionFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CONNECTION_CODES.has(code);
}

/**
 * The server refused the message for good: a 5xx answer (e.g. 550 mailbox unavailable for every recipient). A retry
 * would get the same answer. 4xx answers and connection failures are transient and retried.
 */
export function isPermanentRefusal(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
