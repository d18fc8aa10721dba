import { DataSource } from 'typeorm';
import { createDataSource } from '@auditflow/persistence';
import { launchSampleAudit, SAMPLE_PEOPLE as P, step } from '@auditflow/samples';
import { useFullStack } from '../support/full-stack';
import { header, messagesMatching } from '../support/mail-queries';
import { eventually, startApi, startMailbox, startWorker, testConfig, testDatabaseUrl, TestApi, TestMailbox, TestWorker } from '../support/test-stack';
import { startWorkerProcess, WorkerProcess } from '../support/worker-process';
import { testClient } from '../support/sign-in';
import { TEST_ADMIN_EMAIL } from '../support/test-identity';

const rep = { email: P.auditeeRepresentative.email, role: 'auditee-representative' };
const lead = { email: P.teamLeader.email, role: 'team-leader' };

interface OutboxRow {
  dedupe_key: string;
  status: 'pending' | 'sent';
  attempts: number;
  last_error: string | null;
  message_id: string;
}

describe('exactly-once mail', () => {
  let db: DataSource;
  beforeAll(async () => {
    db = createDataSource(testDatabaseUrl());
    await db.initialize();
  });
  afterAll(() => db?.destroy());

  const outbox = (auditId: string): Promise<OutboxRow[]> =>
    db.query(`SELECT dedupe_key, status, attempts, last_error, message_id FROM notifications WHERE audit_id = $1 ORDER BY dedupe_key`, [auditId]);

  describe('through an SMTP outage', () => {
    const stack = useFullStack();

    it('delays mail while SMTP is down and delivers every message exactly once when it is back', async () => {
      // Sign-in links travel by mail too: everyone signs in before the outage, and the mailbox starts empty.
      await stack.client.request('POST', '/people', TEST_ADMIN_EMAIL, P.auditeeRepresentative);
      for (const person of [P.programmeManager.email, rep.email, lead.email]) await stack.client.session(person);
      stack.mail.mailbox.clear();
      await stack.mail.mailbox.stop();
      const { auditId } = await launchSampleAudit(stack.client);
      await step(stack.client, `/audits/${auditId}/acknowledge-contact`, rep, { channels: ['e-mail'], confidentialityAgreed: true });
      await step(stack.client, `/audits/${auditId}/decide-feasibility`, lead, { feasible: true, reason: 'People and records available' });

      const pending = await eventually(async () => {
        const rows = await outbox(auditId);
        expect(rows.length).toBeGreaterThanOrEqual(3);
        expect(rows.every((row) => row.status === 'pending')).toBe(true);
        expect(rows.some((row) => row.attempts >= 1 && row.last_error)).toBe(true);
        return rows;
      });
      expect(stack.mail.mailbox.messages()).toHaveLength(0);

      await stack.mail.mailbox.start();
      const rows = await eventually(
        async () => {
          const current = await outbox(auditId);
          expect(current.map((row) => row.status)).toEqual(current.map(() => 'sent'));
          return current;
        },
        { timeoutMs: 60_000, intervalMs: 500 },
      );
      expect(rows.map((row) => row.dedupe_key)).toEqual(expect.arrayContaining(pending.map((row) => row.dedupe_key)));
      const received = messagesMatching(stack.mail.mailbox, new RegExp(`^audit-${auditId}:`));
      expect(received.map((message) => header(message, 'X-Auditflow-Dedupe-Key')).sort()).toEqual(rows.map((row) => row.dedupe_key).sort());
      for (const message of received) {
        const row = rows.find((candidate) => candidate.dedupe_key === header(message, 'X-Auditflow-Dedupe-Key'))!;
        expect(header(message, 'Message-ID')).toBe(row.message_id);
      }
    });
  });

  describe('when the worker is killed between sending and recording', () => {
    let mail: TestMailbox;
    let child: WorkerProcess | undefined;
    let worker: TestWorker | undefined;
    let api: TestApi;
    beforeAll(async () => {
      mail = await startMailbox();
      api = await startApi(testConfig({ SMTP_URL: mail.smtpUrl }));
    });
    afterAll(async () => {
      child?.kill();
      await api?.close();
      await worker?.stop();
      await mail?.stop();
    });

    it('loses nothing, and every copy of one notification carries the same Message-ID', async () => {
      const config = testConfig({ SMTP_URL: mail.smtpUrl });
      child = startWorkerProcess({ taskQueue: config.TEMPORAL_TASK_QUEUE, smtpUrl: mail.smtpUrl });
      const client = testClient(api.baseUrl, mail.mailbox);
      const launching = launchSampleAudit(client);

      // The first mail of the audit reaches the server; the worker dies before it can record that it was sent.
      const first = await mail.mailbox.waitFor((message) => /:T-1:assigned$/.test(header(message, 'X-Auditflow-Dedupe-Key') ?? ''), 90_000);
      child.kill();
      await child.exited;
      const dedupeKey = header(first, 'X-Auditflow-Dedupe-Key')!;
      const auditId = dedupeKey.slice('audit-'.length, dedupeKey.indexOf(':'));

      worker = await startWorker(config);
      await launching;
      await step(client, `/audits/${auditId}/acknowledge-contact`, rep, { channels: ['e-mail'], confidentialityAgreed: true });

      const rows = await eventually(
        async () => {
          const current = await outbox(auditId);
          expect(current.length).toBeGreaterThanOrEqual(2);
          expect(current.map((row) => row.status)).toEqual(current.map(() => 'sent'));
          return current;
        },
        { timeoutMs: 60_000, intervalMs: 500 },
      );
      for (const row of rows) {
        const copies = messagesMatching(mail.mailbox, new RegExp(`^${row.dedupe_key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
        expect(copies.length).toBeGreaterThanOrEqual(1);
        expect(new Set(copies.map((copy) => header(copy, 'Message-ID')))).toEqual(new Set([row.message_id]));
      }
      const sentEvents: { n: string }[] = await db.query(`SELECT count(*) AS n FROM audit_events WHERE audit_id = $1 AND type = 'notification.sent' AND data->>'dedupeKey' = $2`, [auditId, dedupeKey]);
      expect(Number(sentEvents[0]!.n)).toBe(1);
    });
  });
});
