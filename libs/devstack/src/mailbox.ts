import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { AddressObject, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface MailboxMessage {
  /** File name without `.eml`; sorts by receive time. */
  id: string;
  receivedAt: Date;
  /** SMTP envelope, which is where the mail was really delivered (Bcc included). */
  envelope: { from: string; to: string[] };
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers: { name: string; value: string }[];
  /** The .eml file holding the message verbatim. */
  file: string;
}

export interface MailboxOptions {
  /** Where every message is stored as `<id>.eml`; existing files are listed on start. */
  dir: string;
  host?: string;
  maxMessageBytes?: number;
  /** Addresses answered with `550 mailbox unavailable` at RCPT TO, as a real server does for unknown mailboxes. */
  unknownMailboxes?: string[];
}

type Waiter = { predicate: (message: MailboxMessage) => boolean; resolve: (message: MailboxMessage) => void };

/**
 * A local catch-all SMTP server: no auth, no TLS, any sender and recipient. Stopping and starting again keeps
 * the port and the received messages, so tests can simulate an outage.
 */
export class Mailbox {
  private server?: SMTPServer;
  private list: MailboxMessage[] = [];
  private waiters = new Set<Waiter>();
  private loaded = false;
  private sequence = 0;
  private boundPort?: number;

  constructor(private readonly options: MailboxOptions) {}

  get smtpPort(): number {
    if (this.boundPort === undefined) throw new Error('the mailbox has not been started');
    return this.boundPort;
  }

  get smtpUrl(): string {
    return `smtp://${this.options.host ?? '127.0.0.1'}:${this.smtpPort}`;
  }

  isRunning(): boolean {
    return this.server !== undefined;
  }

  /** Listens on `smtpPort` (0 picks a free port; a restart reuses the previous port). */
  async start(options: { smtpPort?: number } = {}): Promise<void> {
    if (this.server) return;
    if (!this.loaded) await this.loadExisting();
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      size: this.options.maxMessageBytes ?? 25 * 1024 * 1024,
      logger: false,
      disableReverseLookup: true,
      banner: 'Auditflow local mailbox',
      closeTimeout: 1_000,
      onRcptTo: (address, _session, callback) => {
        if (!this.options.unknownMailboxes?.includes(address.address.toLowerCase())) return callback();
        callback(Object.assign(new Error(`<${address.address}>: mailbox unavailable`), { responseCode: 550 }));
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (stream.sizeExceeded) {
            callback(Object.assign(new Error('Message exceeds the size limit'), { responseCode: 552 }));
            return;
          }
          const envelope = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
          };
          this.store(Buffer.concat(chunks), envelope).then(() => callback(), callback);
        });
      },
    });
    const port = options.smtpPort ?? this.boundPort ?? 0;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, this.options.host ?? '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    server.on('error', (error) => process.stderr.write(`[mailbox] ${error.message}\n`));
    this.boundPort = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops accepting mail; the list and the port are kept for a later start(). */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Every received message, oldest first. */
  messages(): MailboxMessage[] {
    return [...this.list];
  }

  message(id: string): MailboxMessage | undefined {
    return this.list.find((message) => message.id === id);
  }

  /** The message exactly as received. */
  raw(id: string): Buffer | undefined {
    const message = this.message(id);
    return message && readFileSync(message.file);
  }

  /** Forgets the messages received so far (the .eml files stay on disk). */
  clear(): void {
    this.list = [];
  }

  /** The first message, already received or still to come, that matches; rejects after `timeoutMs`. */
  waitFor(predicate: (message: MailboxMessage) => boolean, timeoutMs = 10_000): Promise<MailboxMessage> {
    const found = this.list.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        predicate,
        resolve: (message) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(message);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const subjects = this.list.map((message) => JSON.stringify(message.subject)).join(', ') || 'none';
        reject(new Error(`no matching mail within ${timeoutMs} ms (received: ${subjects})`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  private async store(raw: Buffer, envelope: MailboxMessage['envelope']): Promise<void> {
    mkdirSync(this.options.dir, { recursive: true });
    const receivedAt = new Date();
    const stamp = receivedAt.toISOString().replace(/[-:.]/g, '');
    const id = `${stamp}-${String(++this.sequence).padStart(6, '0')}-${randomBytes(3).toString('hex')}`;
    const file = join(this.options.dir, `${id}.eml`);
    writeFileSync(file, raw);
    const message = await parseMessage(id, file, receivedAt, raw, envelope);
    this.list.push(message);
    for (const waiter of [...this.waiters]) if (waiter.predicate(message)) waiter.resolve(message);
  }

  private async loadExisting(): Promise<void> {
    this.loaded = true;
    let names: string[];
    try {
      names = readdirSync(this.options.dir).filter((name) => name.endsWith('.eml')).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const file = join(this.options.dir, name);
      const raw = readFileSync(file);
      const parsed = await parseMessage(name.slice(0, -4), file, statSync(file).mtime, raw, undefined);
      this.list.push(parsed);
    }
  }
}

function addressText(address: AddressObject | AddressObject[] | undefined): string {
  if (!address) return '';
  return (Array.isArray(address) ? address : [address]).map((entry) => entry.text).join(', ');
}

function addresses(address: AddressObject | AddressObject[] | undefined): string[] {
  if (!address) return [];
  return (Array.isArray(address) ? address : [address]).flatMap((entry) => entry.value.map((value) => value.address ?? ''));
}

async function parseMessage(
  id: string,
  file: string,
  receivedAt: Date,
  raw: Buffer,
  envelope: MailboxMessage['envelope'] | undefined,
): Promise<MailboxMessage> {
  const parsed = await simpleParser(raw);
  const headers = parsed.headerLines.map((line) => {
    const separator = line.line.indexOf(':');
    return { name: line.line.slice(0, separator), value: line.line.slice(separator + 1).trim() };
  });
  return {
    id,
    receivedAt,
    // Files loaded from disk carry no envelope; their headers are the best guess.
    envelope: envelope ?? {
      from: addresses(parsed.from)[0] ?? '',
      to: [...addresses(parsed.to), ...addresses(parsed.cc)],
    },
    from: addressText(parsed.from),
    to: addressText(parsed.to),
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: parsed.html || undefined,
    headers,
    file,
  };
}
