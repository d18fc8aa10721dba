// The sender on a pooled SMTP transport against real PostgreSQL and a real SMTP server: many rows of one call sent
// side by side, bounded by the pool, each exactly once under its row lock (also when attempts race, on one worker or
// two), a pooled connection left over from before a server restart, and a server that refuses the connection itself.
import type { AddressInfo } from 'node:net';
import type { SendMailOptions, Transporter } from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { PostgresFileStore } from '@auditflow/file-store';
import { createMailTransport } from '@auditflow/activities';
import { createNotificationActivities } from '@auditflow/activities/notifications';
import { insertOutboxRow, MAIL_FROM, MailWorld, messagesFor, newAudit, openMailWorld, outboxState, PUBLIC_URL, sentEvents, taskAssignedIntent } from './mail-world';

/** The worker's defaults: SMTP_MAX_CONNECTIONS, SMTP_MAX_MESSAGES. */
const POOL = { maxConnections: 5, maxMessages: 100 };

describe('deliverNotifications on a pooled transport', () => {
  let world: MailWorld;
  /** A second worker's database pool; also where the tests look at row locks from. */
  let otherDataSource: DataSource;

  beforeAll(async () => {
    world = await openMailWorld();
    otherDataSource = await new DataSource(world.dataSource.options).initialize();
  });

  afterAll(async () => {
    await otherDataSource?.destroy();
    await world?.close();
  });

  async function queueMany(count: number) {
    const { run, people } = await newAudit(world);
    const keys: string[] = [];
    for (let index = 0; index < count; index++) {
      keys.push(await insertOutboxRow(world.dataSource, { workflowId: run.workflowId, auditId: run.definition.auditId, intent: taskAssignedIntent(people.representative, `T-${100 + index}`) }));
    }
    return { auditId: run.definition.auditId, keys };
  }

  /**
   * Watches every message handed to `transport`: how many were in flight at most, and which rows were not locked by
   * another session while their message went out. `overlap` holds the 2nd and 3rd message until both are in flight
   * (or 5 s passed): serial sending never gets there.
   */
  function watchSends(transport: Transporter, options: { overlap?: boolean } = {}) {
    const original = transport.sendMail;
    const seen = { sends: 0, inFlight: 0, maxInFlight: 0, unlocked: [] as string[] };
    let bothInFlight!: () => void;
    const overlapping = new Promise<void>((resolve) => (bothInFlight = resolve));
    transport.sendMail = (async (mail: SendMailOptions): Promise<unknown> => {
      const number = ++seen.sends;
      seen.inFlight += 1;
      seen.maxInFlight = Math.max(seen.maxInFlight, seen.inFlight);
      try {
        const key = (mail.headers as Record<string, string>)['X-Auditflow-Dedupe-Key']!;
        const locked = await otherDataSource.query(`SELECT 1 FROM notifications WHERE dedupe_key = $1 FOR UPDATE NOWAIT`, [key]).then(
          () => false,
          (error: { code?: string }) => error.code === '55P03', // lock_not_available
        );
        if (!locked) seen.unlocked.push(key);
        if (options.overlap && (number === 2 || number === 3)) {
          if (seen.inFlight >= 2) bothInFlight();
          await Promise.race([overlapping, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
        }
        return (await Reflect.apply(original, transport, [mail])) as unknown;
      } finally {
        seen.inFlight -= 1;
      }
    }) as unknown as Transporter['sendMail'];
    return { seen, restore: () => void (transport.sendMail = original) };
  }

  it('sends the rows of one call side by side, at most one per pooled connection, each once under its row lock', async () => {
    const { auditId, keys } = await queueMany(30);
    const watch = watchSends(world.transport, { overlap: true });
    try {
      await world.deliver(keys);
    } finally {
      watch.restore();
    }
    expect(watch.seen.sends).toBe(30);
    expect(watch.seen.maxInFlight).toBeGreaterThanOrEqual(2);
    expect(watch.seen.maxInFlight).toBeLessThanOrEqual(POOL.maxConnections);
    expect(watch.seen.unlocked).toEqual([]);
    for (const key of keys) {
      expect(messagesFor(world.mailbox, key)).toHaveLength(1);
      expect(await outboxState(world.dataSource, key)).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
    }
    expect(await sentEvents(world.dataSource, auditId)).toHaveLength(30);
  });

  it('sends each row once when the call runs twice at once on one worker and once more on another', async () => {
    const { auditId, keys } = await queueMany(30);
    const otherTransport = createMailTransport(world.mailbox.smtpUrl, POOL);
    const otherWorker = createNotificationActivities({ dataSource: otherDataSource, transport: otherTransport, mailFrom: MAIL_FROM, publicUrl: PUBLIC_URL, fileStore: new PostgresFileStore(otherDataSource) });
    const here = watchSends(world.transport);
    const there = watchSends(otherTransport);
    try {
      await Promise.all([world.deliver(keys), world.deliver([...keys].reverse()), otherWorker.deliverNotifications({ dedupeKeys: keys })]);
    } finally {
      here.restore();
      there.restore();
      otherTransport.close();
    }
    expect(here.seen.sends + there.seen.sends).toBe(30);
    expect([...here.seen.unlocked, ...there.seen.unlocked]).toEqual([]);
    for (const key of keys) {
      expect(messagesFor(world.mailbox, key)).toHaveLength(1);
      expect(await outboxState(world.dataSource, key)).toMatchObject({ status: 'sent', attempts: 1 });
    }
    expect(await sentEvents(world.dataSource, auditId)).toHaveLength(30);
  });

  it('sends the first mail after a server restart, though the pool held a connection to the server before it', async () => {
    const [before, after] = (await queueMany(2)).keys;
    await world.deliver([before!]);
    await world.mailbox.stop();
    await world.mailbox.start();
    await world.deliver([after!]);
    expect(messagesFor(world.mailbox, after!)).toHaveLength(1);
    expect(await outboxState(world.dataSource, after!)).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
  });

  it('keeps mail pending, not undeliverable, when the server refuses the connection itself with a 5xx answer', async () => {
    const { keys: [key] } = await queueMany(1);
    // A relay over its connection limit, answering the greeting with 554.
    const refusing = new SMTPServer({
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onConnect: (_session, callback) => callback(Object.assign(new Error('5.7.1 too many connections from your host'), { responseCode: 554 })),
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    const transport = createMailTransport(`smtp://127.0.0.1:${(refusing.server.address() as AddressInfo).port}`, POOL);
    try {
      await expect(world.deliver([key!], transport)).rejects.toThrow(/1 of 1 notifications not delivered yet/);
    } finally {
      transport.close();
      await new Promise<void>((resolve) => refusing.close(() => resolve()));
    }
    const row = await outboxState(world.dataSource, key!);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, sent_at: null });
    expect(row.last_error).toMatch(/554/);

    await world.deliver([key!]);
    expect(messagesFor(world.mailbox, key!)).toHaveLength(1);
    expect(await outboxState(world.dataSource, key!)).toMatchObject({ status: 'sent', attempts: 2 });
  });
});
