// CPD reminders (issue 13 part 5, ISO 19011 7.6): the worker's Schedule runs cpdReminders every CPD_REMINDER_EVERY,
// which mails each auditor behind their CPD target pro rata, at most once per auditor and period.
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { cpdReminderPeriodStart, cpdStanding } from '@auditflow/domain';
import { createDataSource } from '@auditflow/persistence';
import { SAMPLE_PEOPLE as P } from '@auditflow/samples';
import { CPD_REMINDER_SCHEDULE_ID, ensureCpdReminderSchedule } from '@auditflow/worker';
import { useFullStack } from '../support/full-stack';
import { header } from '../support/mail-queries';
import { eventually, testDatabaseUrl, testTemporalAddress } from '../support/test-stack';

const EVERY = 'PT3S';

describe('CPD reminders', () => {
  const stack = useFullStack({ environment: () => ({ CPD_HOURS_PER_YEAR: '2000', CPD_REMINDER_EVERY: EVERY }) });
  const tag = randomUUID().slice(0, 8);
  const pm = P.programmeManager.email;
  const behind = `cpd-behind-${tag}@auditflow.example`;
  const onTrack = `cpd-on-track-${tag}@auditflow.example`;
  let connection: Connection;
  let client: Client;
  let db: DataSource;

  beforeAll(async () => {
    connection = await Connection.connect({ address: testTemporalAddress() });
    client = new Client({ connection });
    db = createDataSource(testDatabaseUrl());
    await db.initialize();
    await stack.client.post('/auditors', pm, { email: behind, name: 'Ben Behind' });
    const keen = await stack.client.post<{ id: string }>('/auditors', pm, { email: onTrack, name: 'Olivia Ontrack' });
    // Dated today: counted in this year whatever the day.
    const today = new Date().toISOString().slice(0, 10);
    for (let i = 0; i < 2; i++) await stack.client.post(`/auditors/${keen.id}/cpd`, pm, { date: today, hours: 1000, activity: `Course ${i}`, evidenceRef: `CERT-${tag}-${i}` });
  });
  afterAll(async () => {
    await client?.schedule.getHandle(CPD_REMINDER_SCHEDULE_ID).delete().catch(() => undefined);
    await connection?.close();
    await db?.destroy();
  });

  const reminders = (to: string) => stack.mail.mailbox.messages().filter((message) => header(message, 'X-Auditflow-Kind') === 'cpd-reminder' && message.envelope.to.includes(to));
  const queued = async (to: string) => ((await db.query(`SELECT dedupe_key FROM notifications WHERE kind = 'cpd-reminder' AND recipients->'to' @> jsonb_build_array($1::text) ORDER BY dedupe_key`, [to])) as { dedupe_key: string }[]).map((row) => row.dedupe_key);

  it('mails an auditor behind target once a period, even when run twice in it, and nobody on track', async () => {
    // Mid-year of this year: about 992 hours of 2000 expected by then; the keen auditor recorded 2000.
    const at = `${new Date().getUTCFullYear()}-07-01T12:00:01.000Z`;
    const run = () => client.workflow.execute('cpdReminders', { taskQueue: stack.config.TEMPORAL_TASK_QUEUE, workflowId: `cpd-reminders-test-${tag}-${Date.now()}`, args: [{ at }] });
    expect(((await run()) as { reminders: number }).reminders).toBeGreaterThanOrEqual(1);
    const mail = await eventually(() => {
      const found = reminders(behind);
      expect(found).toHaveLength(1);
      return found[0]!;
    });
    expect(mail.subject).toBe(`Continual professional development: 0 of ${cpdStanding([], 2000, new Date(at)).expectedByNow} hours expected by now`);
    expect(mail.text).toContain('Hello Ben Behind,');
    expect(mail.text).toContain(`${stack.config.publicUrl}/auditors`);
    const period = cpdReminderPeriodStart(new Date(at), EVERY);
    expect(header(mail, 'X-Auditflow-Dedupe-Key')).toBe(`cpd-reminder:${period}:${behind}`);

    // The same period again: the workflow delivers before it ends, so one mail and one row still.
    await run();
    expect(await queued(behind)).toEqual([`cpd-reminder:${period}:${behind}`]);
    expect(reminders(behind)).toHaveLength(1);
    expect(await queued(onTrack)).toEqual([]);
    expect(reminders(onTrack)).toEqual([]);
  });

  it('keeps one Schedule starting the reminders every CPD_REMINDER_EVERY, and its runs queue reminders for their own period', async () => {
    const taskQueue = stack.config.TEMPORAL_TASK_QUEUE;
    await ensureCpdReminderSchedule(client, { taskQueue, every: 'P1D' });
    await ensureCpdReminderSchedule(client, { taskQueue, every: EVERY });
    const handle = client.schedule.getHandle(CPD_REMINDER_SCHEDULE_ID);
    const description = await handle.describe();
    expect(description.action).toMatchObject({ type: 'startWorkflow', workflowType: 'cpdReminders', taskQueue });
    expect(description.spec.intervals).toEqual([expect.objectContaining({ every: 3000 })]);

    // A run the Schedule started completes, and what it queued for the auditor behind is keyed by a 3-second period
    // (on 1 January nobody is behind yet, so it may have queued nothing).
    const started = await eventually(async () => {
      const actions = (await handle.describe()).info.recentActions;
      expect(actions.length).toBeGreaterThanOrEqual(1);
      return actions[0]!.action.workflow.workflowId;
    }, { timeoutMs: 30_000, intervalMs: 500 });
    const result = (await client.workflow.getHandle(started).result()) as { reminders: number };
    expect(result.reminders).toBeGreaterThanOrEqual(0);
    const newYearsDay = new Date().toISOString().slice(5, 10) === '01-01';
    const keys = await queued(behind);
    expect(keys.length > 1).toBe(!newYearsDay);
    for (const key of keys) expect(Date.parse(key.split(':').slice(1, -1).join(':')) % 3000).toBe(0);
  });
});
