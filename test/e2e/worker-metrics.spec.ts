import { DataSource } from 'typeorm';
import { createDataSource, overdueTaskSql } from '@auditflow/persistence';
import { freePort } from '@auditflow/devstack';
import { launchSampleAudit, SAMPLE_PEOPLE as P } from '@auditflow/samples';
import { installWorkerRuntime, sdkMetricsExporter, workerPino } from '@auditflow/worker';
import { useFullStack } from '../support/full-stack';
import { header } from '../support/mail-queries';
import { prometheusSamples, sampleValue } from '../support/prometheus-text';
import { eventually, testDatabaseUrl } from '../support/test-stack';

const PM = P.programmeManager.email;

/** Seconds instead of days, as in reminders-and-escalation.spec.ts: T-1 is due 10 s after launch. */
const FAST = {
  contactAcknowledgementWithin: 'PT10S',
  reminderLeadTimes: ['PT6S', 'PT3S'],
  escalationLadder: [
    { after: 'PT0S', notify: ['assignee' as const], cc: ['assignee-manager' as const] },
    { after: 'PT3S', notify: ['programme-manager' as const], cc: [] },
    { after: 'PT6S', notify: ['compliance-lead' as const], cc: [] },
  ],
};
const TIMER_KINDS = ['task-reminder', 'task-overdue', 'task-escalated'];

describe("the worker's Prometheus endpoint", () => {
  let metricsPort: number;
  let db: DataSource;
  beforeAll(async () => {
    // As main.ts does: the runtime exports the SDK's metrics before any worker exists, and the worker re-serves them.
    installWorkerRuntime(workerPino({ LOG_LEVEL: 'warn' }), { sdkMetrics: await sdkMetricsExporter() });
    metricsPort = await freePort();
    db = createDataSource(testDatabaseUrl());
    await db.initialize();
  });
  afterAll(() => db?.destroy());
  const stack = useFullStack({ environment: () => ({ WORKER_METRICS_PORT: String(metricsPort) }) });

  const scrape = async (): Promise<string> => {
    const response = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(response.status).toBe(200);
    return response.text();
  };
  const delta = (before: string, after: string, name: string, labels: Record<string, string> = {}) => sampleValue(after, name, labels) - sampleValue(before, name, labels);
  const received = (kind: string) => stack.mail.mailbox.messages().filter((message) => header(message, 'X-Auditflow-Kind') === kind).length;

  it('counts the mails, the escalations by rung and how late each reminder and escalation went out', async () => {
    const before = await scrape();
    const { auditId } = await launchSampleAudit(stack.client, FAST);
    const dedupeKey = (rung: number) => `audit-${auditId}:T-1:escalation:1:${rung}`;
    await eventually(() => expect(stack.mail.mailbox.messages().some((message) => header(message, 'X-Auditflow-Dedupe-Key') === dedupeKey(2))).toBe(true), {
      timeoutMs: 40_000,
      intervalMs: 500,
    });

    // Counted once the send is committed, a moment after the mailbox has the message.
    const after = await eventually(async () => {
      const text = await scrape();
      for (const kind of TIMER_KINDS) expect({ kind, sent: delta(before, text, 'auditflow_mails_sent_total', { kind }) }).toEqual({ kind, sent: received(kind) });
      expect(sampleValue(text, 'auditflow_timer_lateness_seconds_count')).toBe(TIMER_KINDS.reduce((sum, kind) => sum + received(kind), 0));
      return text;
    });
    expect(delta(before, after, 'auditflow_mails_sent_total', { kind: 'task-reminder' })).toBe(2);
    expect(delta(before, after, 'auditflow_mails_sent_total', { kind: 'task-assigned' })).toBeGreaterThanOrEqual(1);
    expect([1, 2, 3].map((rung) => delta(before, after, 'auditflow_escalations_fired_total', { rung: String(rung) }))).toEqual([1, 1, 1]);
    expect(sampleValue(after, 'auditflow_timer_lateness_seconds_count', { kind: 'reminder' })).toBe(2);
    expect(sampleValue(after, 'auditflow_timer_lateness_seconds_count', { kind: 'escalation' })).toBe(3);
    // Measured from the moment each was due: never before it, and on a working clock within seconds of it.
    expect(sampleValue(after, 'auditflow_timer_lateness_seconds_sum')).toBeGreaterThanOrEqual(0);
    expect(sampleValue(after, 'auditflow_timer_lateness_seconds_bucket', { le: '30' })).toBe(5);

    // The Temporal SDK's own metrics come through the same endpoint.
    const sdkMetrics = prometheusSamples(after).filter((sample) => sample.name.startsWith('temporal_'));
    expect(sdkMetrics.map((sample) => sample.name)).toEqual(expect.arrayContaining(['temporal_activity_execution_latency_seconds_count']));
  });

  it('counts failed sends and their retries while the SMTP server is away', async () => {
    await stack.client.session(PM); // sign-in links go by mail too: signed in before the outage
    const before = await scrape();
    await stack.mail.mailbox.stop();
    const { auditId } = await launchSampleAudit(stack.client);
    await eventually(async () => expect(delta(before, await scrape(), 'auditflow_mails_failed_total', { kind: 'task-assigned' })).toBeGreaterThanOrEqual(1), { timeoutMs: 20_000 });
    expect(delta(before, await scrape(), 'auditflow_mails_sent_total')).toBe(0);

    await stack.mail.mailbox.start();
    await eventually(
      async () => {
        const statuses: { status: string }[] = await db.query(`SELECT status FROM notifications WHERE audit_id = $1`, [auditId]);
        expect(statuses.map((row) => row.status)).toEqual(statuses.map(() => 'sent'));
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    const after = await scrape();
    // Each failed attempt was followed by one retry, as each mail went out in the end; the first attempts were no retries.
    expect(delta(before, after, 'auditflow_mail_retries_total')).toBeGreaterThanOrEqual(1);
    expect(delta(before, after, 'auditflow_mail_retries_total')).toBe(delta(before, after, 'auditflow_mails_failed_total'));
    expect(delta(before, after, 'auditflow_mails_sent_total', { kind: 'task-assigned' })).toBeGreaterThanOrEqual(1);
  });

  it('reports the open and overdue tasks of the read model at each scrape', async () => {
    const activeTasks = async (where = 'TRUE', params: string[] = []) => {
      const [row] = await db.query(
        `SELECT count(*)::int AS open, count(*) FILTER (WHERE ${overdueTaskSql('now()')})::int AS overdue
           FROM (SELECT state, due_at, kind, audit_id, NULL::uuid AS programme_id FROM audit_tasks
                 UNION ALL SELECT state, due_at, kind, NULL, programme_id FROM programme_tasks) t
          WHERE t.state IN ('open', 'overdue') AND ${where}`,
        params,
      );
      return row as { open: number; overdue: number };
    };
    const gauges = (text: string) => ({ open: sampleValue(text, 'auditflow_open_tasks'), overdue: sampleValue(text, 'auditflow_overdue_tasks') });
    const before = gauges(await scrape());
    // The first test's escalated task is overdue, and stays so.
    expect(before.overdue).toBeGreaterThanOrEqual(1);

    const { auditId, programmeId } = await launchSampleAudit(stack.client);
    await eventually(async () => {
      const opened = await activeTasks('(t.audit_id = $1 OR t.programme_id = $2)', [auditId, programmeId]);
      expect(opened.open).toBeGreaterThanOrEqual(1);
      expect(gauges(await scrape()).open - before.open).toBe(opened.open);
    });
    // Every task of the database, as the read model defines overdue (tasks of earlier test files may fall overdue
    // between the two reads: compare until both agree).
    await eventually(async () => expect(gauges(await scrape())).toEqual(await activeTasks()));
  });
});
