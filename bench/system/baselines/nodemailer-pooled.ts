/**
 * Baseline for Auditflow's mail delivery: the fastest way nodemailer hands mail to the same SMTP server, a pool of
 * connections with every message queued at once. Auditflow's transport (activities/notifications/transport.ts) is
 * pooled too; this says what the rest of its delivery path (row lock, rendering, the timeline line, commit) costs.
 */
import { performance } from 'node:perf_hooks';
import nodemailer from 'nodemailer';

export interface PooledNodemailerOptions {
  smtpUrl: string;
  messages: number;
  /** Connections in the pool (default 5). */
  maxConnections?: number;
  log?: (line: string) => void;
}

export interface PooledNodemailerResult {
  /** Messages accepted by the server per second, from handing over the first until the last is accepted (connecting included). */
  mailsPerSecond: number;
  durationSeconds: number;
}

export async function measurePooledNodemailer(options: PooledNodemailerOptions): Promise<PooledNodemailerResult> {
  const maxConnections = options.maxConnections ?? 5;
  if (!(options.messages >= 1)) throw new Error('messages must be at least 1');
  // Auditflow's timeouts and pool size (SMTP_MAX_CONNECTIONS).
  const transport = nodemailer.createTransport({
    url: options.smtpUrl,
    pool: true,
    maxConnections,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    dnsTimeout: 10_000,
  });
  try {
    const started = performance.now();
    const sent = await Promise.allSettled(
      Array.from({ length: options.messages }, (_, index) =>
        transport.sendMail({
          from: 'bench@auditflow.invalid',
          to: `recipient-${index % 10}@auditflow.invalid`,
          subject: `Baseline message ${index + 1}`,
          text: `Message ${index + 1} of ${options.messages}: pooled nodemailer baseline.`,
        }),
      ),
    );
    const durationSeconds = (performance.now() - started) / 1000;
    const failures = sent.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
    const refused = sent.filter((outcome) => outcome.status === 'fulfilled' && outcome.value.rejected.length > 0).length;
    if (failures.length > 0 || refused > 0) {
      const first = failures[0] instanceof Error ? failures[0].message : String(failures[0] ?? 'recipients refused');
      throw new Error(`pooled nodemailer: ${failures.length} of ${options.messages} messages failed and ${refused} had recipients refused (first: ${first})`);
    }
    const result = { mailsPerSecond: options.messages / durationSeconds, durationSeconds };
    options.log?.(`pooled nodemailer (${maxConnections} connections): ${options.messages} messages in ${durationSeconds.toFixed(2)} s, ${result.mailsPerSecond.toFixed(1)} mails/s`);
    return result;
  } finally {
    transport.close();
  }
}
