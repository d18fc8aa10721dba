import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createTransport } from 'nodemailer';
import { Mailbox } from '@auditflow/devstack';
import { startMailbox, TestMailbox } from '../support/test-stack';

describe('local mailbox', () => {
  let mail: TestMailbox;
  beforeEach(async () => {
    mail = await startMailbox({ web: true });
  });
  afterEach(() => mail.stop());

  const send = (subject: string, text = `Body of ${subject}`) =>
    createTransport(mail.smtpUrl).sendMail({
      from: 'Auditflow <auditflow@example.test>',
      to: 'Lead Auditor <lead@example.test>',
      bcc: 'observer@example.test',
      subject,
      text,
    });

  it('receives a mail, lists it, stores it verbatim as .eml and serves it over HTTP', async () => {
    const info = await send('Audit plan ready', 'Please review the audit plan.\nLine two.');
    const message = await mail.mailbox.waitFor((candidate) => candidate.subject === 'Audit plan ready');

    expect(message).toMatchObject({
      from: '"Auditflow" <auditflow@example.test>',
      to: '"Lead Auditor" <lead@example.test>',
      envelope: { from: 'auditflow@example.test', to: ['lead@example.test', 'observer@example.test'] },
    });
    expect(message.text.trim()).toBe('Please review the audit plan.\nLine two.');
    expect(mail.mailbox.messages().map((entry) => entry.id)).toEqual([message.id]);

    expect(message.file.endsWith(`${message.id}.eml`)).toBe(true);
    const eml = readFileSync(message.file, 'utf8');
    expect(eml).toContain(`Message-ID: ${info.messageId}`);
    expect(eml).toContain('Subject: Audit plan ready');
    expect(eml).not.toContain('observer@example.test');

    const list = await fetch(`${mail.webUrl}/`);
    expect(list.status).toBe(200);
    const html = await list.text();
    expect(html).toContain('Audit plan ready');
    expect(html).toContain(`/messages/${message.id}`);
    const page = await (await fetch(`${mail.webUrl}/messages/${message.id}`)).text();
    expect(page).toContain('Please review the audit plan.');
    const json = (await (await fetch(`${mail.webUrl}/messages.json`)).json()) as { id: string; subject: string }[];
    expect(json.map((entry) => [entry.id, entry.subject])).toEqual([[message.id, 'Audit plan ready']]);
    expect(Buffer.from(await (await fetch(`${mail.webUrl}/messages/${message.id}.eml`)).arrayBuffer()).equals(readFileSync(message.file))).toBe(
      true,
    );
    expect((await fetch(`${mail.webUrl}/messages/nope`)).status).toBe(404);
  });

  it('names files so they sort by receive time and lists the newest first on the page', async () => {
    for (const subject of ['first', 'second', 'third']) await send(subject);
    const ids = mail.mailbox.messages().map((message) => message.id);
    expect(mail.mailbox.messages().map((message) => message.subject)).toEqual(['first', 'second', 'third']);
    const files = readdirSync(dirname(mail.mailbox.messages()[0].file)).sort();
    expect(files).toEqual(ids.map((id) => `${id}.eml`));
    const html = await (await fetch(`${mail.webUrl}/`)).text();
    expect(html.indexOf('>third<')).toBeGreaterThan(0);
    expect(html.indexOf('>third<')).toBeLessThan(html.indexOf('>first<'));
  });

  it('refuses mail while stopped and accepts it again on the same port after a restart', async () => {
    await send('before');
    const port = mail.mailbox.smtpPort;
    await mail.mailbox.stop();
    await expect(send('during')).rejects.toThrow(/ECONNREFUSED/);
    await mail.mailbox.start();
    expect(mail.mailbox.smtpPort).toBe(port);
    await send('after');
    expect(mail.mailbox.messages().map((message) => message.subject)).toEqual(['before', 'after']);
  });

  it('waitFor resolves for a mail that arrives later and rejects on timeout', async () => {
    const waiting = mail.mailbox.waitFor((message) => message.subject === 'later', 5_000);
    await send('later');
    await expect(waiting).resolves.toMatchObject({ subject: 'later' });
    await expect(mail.mailbox.waitFor((message) => message.subject === 'never', 200)).rejects.toThrow('no matching mail within 200 ms');
  });

  it('clear() forgets messages; a new mailbox on the same directory lists the stored ones', async () => {
    await send('kept on disk');
    const file = mail.mailbox.messages()[0].file;
    mail.mailbox.clear();
    expect(mail.mailbox.messages()).toEqual([]);
    expect(existsSync(file)).toBe(true);

    const reopened = new Mailbox({ dir: dirname(file) });
    await reopened.start({ smtpPort: 0 });
    try {
      expect(reopened.messages().map((message) => message.subject)).toEqual(['kept on disk']);
    } finally {
      await reopened.stop();
    }
  });
});
