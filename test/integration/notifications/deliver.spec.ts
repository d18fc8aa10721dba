// The sender activity against real PostgreSQL and a real SMTP server: exactly-once delivery from the outbox, outages,
// concurrent attempts, the crash-after-accept window, and the timeline record.
import type { Transporter } from 'nodemailer';
import type { NotificationIntent } from '@auditflow/domain';
import { mailEventWorkflowId } from '@auditflow/activities/notifications';
import { DIGEST } from '../../unit/notifications/fixtures';
import { header, insertOutboxRow, MailWorld, messagesFor, newAudit, openMailWorld, outboxState, PUBLIC_URL, sentEvents, taskAssignedIntent } from './mail-world';

describe('deliverNotifications', () => {
  let world: MailWorld;

  beforeAll(async () => {
    world = await openMailWorld();
  });

  afterAll(async () => {
    await world?.close();
  });

  it('sends a pending notification once, marks it sent and puts it on the audit timeline', async () => {
    const { run, people } = await newAudit(world);
    const auditId = run.definition.auditId;
    const key = await insertOutboxRow(world.dataSource, { workflowId: run.workflowId, auditId, intent: taskAssignedIntent(people.representative) });

    await world.deliver([key]);

    const [message, ...others] = messagesFor(world.mailbox, key);
    expect(others).toHaveLength(0);
    const row = await outboxState(world.dataSource, key);
    expect(row).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
    expect(row.sent_at).toBeInstanceOf(Date);
    // The title is looked up in the audits table: task notifications do not carry it.
    expect(message!.subject).toBe(`New task: Supply the risk treatment plan (${run.definition.title})`);
    expect(header(message!, 'Message-ID')).toBe(row.message_id);
    expect(header(message!, 'X-Auditflow-Kind')).toBe('task-assigned');
    expect(message!.from).toBe('"Auditflow" <auditflow@auditflow.test>');
    expect(message!.envelope.to).toEqual([people.representative]);
    expect(message!.text).toContain(`${PUBLIC_URL}/audits/${auditId}/tasks/T-9`);
    expect(message!.html).toContain(`href="${PUBLIC_URL}/audits/${auditId}/tasks/T-9"`);

    const events = await sentEvents(world.dataSource, auditId);
    expect(events).toEqual([
      {
        workflow_id: mailEventWorkflowId(key),
        summary: `Mail "${message!.subject}" sent to ${people.representative}`,
        phase: 'initiating',
        subject_id: 'T-9',
        data: expect.objectContaining({ kind: 'task-assigned', dedupeKey: key, messageId: row.message_id, accepted: [people.representative], attempt: 1 }),
      },
    ]);

    // A retry of the activity (or a replay handing over the same keys) sends nothing more.
    await world.deliver([key]);
    expect(messagesFor(world.mailbox, key)).toHaveLength(1);
    expect(await outboxState(world.dataSource, key)).toMatchObject({ status: 'sent', attempts: 1 });
    expect(await sentEvents(world.dataSource, auditId)).toHaveLength(1);
  });

  it('delivers what the projection queued, and copies people in', async () => {
    const { run, people, startKeys } = await newAudit(world);
    expect(startKeys.length).toBeGreaterThan(0);
    await world.deliver(startKeys);
    for (const key of startKeys) {
      expect(messagesFor(world.mailbox, key)).toHaveLength(1);
      expect((await outboxState(world.dataSource, key)).status).toBe('sent');
    }
    const key = await insertOutboxRow(world.dataSource, {
      workflowId: run.workflowId,
      auditId: run.definition.auditId,
      intent: { kind: 'urgent-risk', key: 'R-1:urgent-risk', to: [people.representative, people.manager], cc: [people.programmeManager], data: { description: 'Backups are world-readable', reportedBy: people.auditor, auditTitle: run.definition.title } },
    });
    await world.deliver([key]);
    const [message] = messagesFor(world.mailbox, key);
    expect(message!.envelope.to.sort()).toEqual([people.representative, people.manager, people.programmeManager].sort());
    expect(header(message!, 'Cc')).toBe(people.programmeManager);
    const events = await sentEvents(world.dataSource, run.definition.auditId);
    expect(events.map((event) => event.summary)).toContain(`Mail "${message!.subject}" sent to ${people.representative}, ${people.manager} (cc ${people.programmeManager})`);
  });

  it('keeps mail pending through an SMTP outage and delivers it exactly once when the server is back', async () => {
    const { run, people } = await newAudit(world);
    const auditId = run.definition.auditId;
    const key = await insertOutboxRow(world.dataSource, { workflowId: run.workflowId, auditId, intent: taskAssignedIntent(people.representative) });

    await world.mailbox.stop();
    try {
      await expect(world.deliver([key])).rejects.toThrow(/1 of 1 notifications not delivered yet/);
      let row = await outboxState(world.dataSource, key);
      expect(row).toMatchObject({ status: 'pending', attempts: 1, sent_at: null });
      expect(row.last_error).toMatch(/ECONNREFUSED|connect/i);
      await expect(world.deliver([key])).rejects.toThrow();
      row = await outboxState(world.dataSource, key);
      expect(row).toMatchObject({ status: 'pending', attempts: 2 });
      expect(await sentEvents(world.dataSource, auditId)).toHaveLength(0);
    } finally {
      await world.mailbox.start();
    }

    await world.deliver([key]);
    expect(messagesFor(world.mailbox, key)).toHaveLength(1);
    expect(await outboxState(world.dataSource, key)).toMatchObject({ status: 'sent', attempts: 3, last_error: null });
    expect(await sentEvents(world.dataSource, auditId)).toHaveLength(1);
    await world.deliver([key]);
    expect(messagesFor(world.mailbox, key)).toHaveLength(1);
  });

  it('stops a batch at an unreachable server and counts only the attempt it made', async () => {
    const { run, people } = await newAudit(world);
    const keys = [
      await insertOutboxRow(world.dataSource, { workflowId: run.workflowId, auditId: run.definition.auditId, intent: taskAssignedIntent(people.representative, 'T-7') }),
      await insertOutboxRow(world.dataSource, { workflowId: run.workflowId, auditId: run.definition.auditId, intent: taskAssignedIntent(people.manager, 'T-8') }),
    ];
    await world.mailbox.stop();
    try {
      await expect(world.deliver(keys)).rejects.toThrow(/not tried, the SMTP server is unreachable/);
    } finally {
      await world.mailbox.start();
    }
    expect((await outboxState(world.dataSource, keys[0]!)).attempts).toBe(1);
    expect((await outboxState(world.dataSource, keys[1]!)).attempts).toBe(0);
    await world.deliver(keys);
    for (const key of keys) expect(messagesFor(world.mailbox, key)).toHaveLength(1);
  });

  it('sends once when two attempts of the same delivery run at the same time', async () => {
    const { run, people } = await newAudit(world);
    const keys = await Promise.all(
      ['T-31', 'T-32', 'T-33'].map((taskId) => insertOutboxRow(world.dataSource, { workflowId: run.workflowId, auditId: run.definition.auditId, intent: taskAssignedIntent(people.representative, taskId) })),
    );
    await Promise.all([world.deliver(keys), world.deliver([...keys].reverse()), world.deliver(keys)]);
    for (const key of keys) {
      expect(messagesFor(world.mailbox, key)).toHaveLength(1);
      expect(await outboxState(world.dataSource, key)).toMatchObject({ status: 'sent', attempts: 1 });
    }
    expect(await sentEvents(world.dataSource, run.definition.auditId)).toHaveLength(3);
  });

  it('keeps what went out of a batch when one of its messages fails, and leaves only that one pending', async () => {
    const { run, people } = await newAudit(world);
    const keys = await Promise.all(
      ['T-41', 'T-42', 'T-43'].map((taskId) => insertOutboxRow(world.dataSource, { workflowId: run.workflowId, auditId: run.definition.auditId, intent: taskAssignedIntent(people.representative, taskId) })),
    );
    const [first, failing, third] = keys as [string, string, string];
    // The server takes every message but the second, which fails for now (not a refusal, not a lost connection).
    const flaky = {
      sendMail: async (mail: Parameters<Transporter['sendMail']>[0]) => {
        if ((mail.headers as Record<string, string>)['X-Auditflow-Dedupe-Key'] === failing) throw Object.assign(new Error('451 try again later'), { responseCode: 451 });
        return world.transport.sendMail(mail);
      },
    } as unknown as Transporter;

    await expect(world.deliver(keys, flaky)).rejects.toThrow(new RegExp(`^1 of 3 notifications not delivered yet:\\n${failing}: 451 try again later$`));
    for (const key of [first, third]) {
      expect(messagesFor(world.mailbox, key)).toHaveLength(1);
      expect(await outboxState(world.dataSource, key)).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
    }
    expect(messagesFor(world.mailbox, failing)).toHaveLength(0);
    expect(await outboxState(world.dataSource, failing)).toMatchObject({ status: 'pending', attempts: 1, last_error: '451 try again later' });
    expect((await sentEvents(world.dataSource, run.definition.auditId)).map((event) => event.data.dedupeKey).sort()).toEqual([first, third].sort());

    // The retry sends the one left, and only it.
    await world.deliver(keys);
    for (const key of keys) expect(messagesFor(world.mailbox, key)).toHaveLength(1);
    expect(await outboxState(world.dataSource, failing)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(await sentEvents(world.dataSource, run.definition.auditId)).toHaveLength(3);
  });

  it('resends with the same Message-ID when the worker died after the server accepted the mail', async () => {
    const { run, people } = await newAudit(world);
    const key = await insertOutboxRow(world.dataSource, { workflowId: run.workflowId, auditId: run.definition.auditId, intent: taskAssignedIntent(people.representative) });
    // The SMTP server accepts the message, then the process dies before the transaction commits.
    const dying = {
      sendMail: async (mail: Parameters<Transporter['sendMail']>[0]) => {
        await world.transport.sendMail(mail);
        throw new Error('worker lost before commit');
      },
    } as unknown as Transporter;

    await expect(world.deliver([key], dying)).rejects.toThrow(/worker lost before commit/);
    expect(await outboxState(world.dataSource, key)).toMatchObject({ status: 'pending', attempts: 1 });
    expect(await sentEvents(world.dataSource, run.definition.auditId)).toHaveLength(0);

    await world.deliver([key]);
    const [first, second, ...more] = messagesFor(world.mailbox, key);
    expect(more).toHaveLength(0);
    const row = await outboxState(world.dataSource, key);
    expect(row).toMatchObject({ status: 'sent', attempts: 2 });
    // The same message twice: clients that deduplicate by Message-ID show it once.
    for (const name of ['Message-ID', 'Date', 'Subject']) expect(header(second!, name)).toBe(header(first!, name));
    expect(header(second!, 'Message-ID')).toBe(row.message_id);
    expect(second!.text).toBe(first!.text);
    expect(second!.html).toBe(first!.html);
    expect(await sentEvents(world.dataSource, run.definition.auditId)).toHaveLength(1);
  });

  it('sends a digest that belongs to no audit, and records it on the outbox row only', async () => {
    const workflowId = `overdue-digest-test-${Date.now()}`;
    const key = await insertOutboxRow(world.dataSource, {
      workflowId,
      auditId: null,
      intent: { kind: 'overdue-digest', key: '2026-12-06:lead@example.org', to: ['lead@example.org'], cc: [], data: DIGEST as unknown as NotificationIntent['data'] },
    });
    await world.deliver([key]);
    const [message] = messagesFor(world.mailbox, key);
    expect(message!.subject).toBe('Overdue tasks: 2 tasks past due');
    expect(await outboxState(world.dataSource, key)).toMatchObject({ status: 'sent', attempts: 1 });
    expect(await world.dataSource.query(`SELECT 1 FROM audit_events WHERE workflow_id = $1`, [mailEventWorkflowId(key)])).toEqual([]);
  });

  it('gives a row that cannot be rendered up as undeliverable, tells the programme manager once, and still sends the rest', async () => {
    const { run, people } = await newAudit(world);
    const broken = await insertOutboxRow(world.dataSource, {
      workflowId: run.workflowId,
      auditId: run.definition.auditId,
      intent: { ...taskAssignedIntent(people.representative, 'T-5'), data: { taskTitle: 'No due date' } },
    });
    const fine = await insertOutboxRow(world.dataSource, { workflowId: run.workflowId, auditId: run.definition.auditId, intent: taskAssignedIntent(people.representative, 'T-6') });
    await world.deliver([broken, fine]);
    const row = await outboxState(world.dataSource, broken);
    expect(row).toMatchObject({ status: 'undeliverable', attempts: 1 });
    expect(row.last_error).toMatch(/the mail cannot be rendered: cannot render the task-assigned notification/);
    expect(messagesFor(world.mailbox, broken)).toHaveLength(0);
    expect(messagesFor(world.mailbox, fine)).toHaveLength(1);
    const notices = () => world.mailbox.messages().filter((message) => message.envelope.to.includes(people.programmeManager) && message.subject.startsWith('Mail not delivered'));
    expect(notices()).toHaveLength(1);
    expect(notices()[0]!.text).toContain(people.representative);

    // A retry of the same batch changes nothing: the row is no longer pending, and the notice went out once.
    await world.deliver([broken, fine]);
    expect(await outboxState(world.dataSource, broken)).toMatchObject({ status: 'undeliverable', attempts: 1 });
    expect(notices()).toHaveLength(1);
    const events = await world.dataSource.query(`SELECT type, summary FROM audit_events WHERE audit_id = $1 AND type = 'notification.undeliverable'`, [run.definition.auditId]);
    expect(events).toHaveLength(1);
    expect(events[0].summary).toContain('cannot be rendered');
  });

  it('refuses, without retrying, a key that has no outbox row', async () => {
    await expect(world.deliver(['no-such-workflow:no-such-key'])).rejects.toMatchObject({ nonRetryable: true, type: 'UnknownNotification' });
  });
});
