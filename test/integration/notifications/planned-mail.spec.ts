// Clock mail written ahead, against real PostgreSQL and a real SMTP server: the projection keeps a workflow's plan as
// its steps leave it, and the worker's dispatcher sends each planned mail at its moment, once, also when the clock's
// own step queues the same mail or two dispatchers look at once; a rung withdrawn by a step is never sent.
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PlannedMailDispatcher } from '@auditflow/activities';
import { AuditState, clockMailAhead, nextAuditWakeUp, PlannedMail, ProgressRecord, tickAuditClock } from '@auditflow/domain';
import { notificationDedupeKey } from '@auditflow/persistence';
import { eventually } from '../../support/test-stack';
import { insertOutboxRow, MailWorld, messagesFor, newAudit, openMailWorld, outboxState } from './mail-world';

const auditClock = { nextWakeUp: nextAuditWakeUp, tick: tickAuditClock };

describe('clock mail planned ahead and sent by the dispatcher', () => {
  let world: MailWorld;
  const dispatchers: PlannedMailDispatcher[] = [];
  const errors: unknown[] = [];

  beforeAll(async () => {
    world = await openMailWorld();
  });

  afterEach(async () => {
    await Promise.all(dispatchers.splice(0).map((dispatcher) => dispatcher.stop()));
    expect(errors).toEqual([]);
  });

  afterAll(async () => {
    await world?.close();
  });

  function startDispatcher(taskQueue: string, dataSource: DataSource = world.dataSource): void {
    const dispatcher = new PlannedMailDispatcher({ dataSource, taskQueue, everyMs: 100, deliver: (keys) => world.deliver(keys), onError: (error) => errors.push(error) });
    dispatchers.push(dispatcher);
    dispatcher.start();
  }

  /** The state's plan, its n-th mail moved to `offsetsMs[n]` from now (the real moments are days away). */
  function planOf(state: AuditState, taskQueue: string, offsetsMs: number[]): NonNullable<ProgressRecord['plannedMail']> {
    const mail = clockMailAhead(state, auditClock).map((planned, index): PlannedMail => ({ ...planned, sendAt: new Date(Date.now() + (offsetsMs[index] ?? 3_600_000)).toISOString() }));
    return { taskQueue, mail };
  }

  const plannedKeys = async (workflowId: string): Promise<string[]> =>
    (await world.dataSource.query(`SELECT dedupe_key FROM planned_mail WHERE workflow_id = $1 ORDER BY send_at`, [workflowId])).map((row: { dedupe_key: string }) => row.dedupe_key);

  it('sends a planned mail at its moment, once, and the clock’s own step later finds it sent and hands nothing over', async () => {
    const taskQueue = `planned-${randomUUID()}`;
    const { run } = await newAudit(world);
    const plan = planOf(run.state, taskQueue, [1_000]);
    await world.record({ ...run.last, events: [], plannedMail: plan });
    const [reminder, ...later] = plan.mail.map(({ intent }) => notificationDedupeKey(run.workflowId, intent.key));
    expect(await plannedKeys(run.workflowId)).toEqual([reminder, ...later]);

    startDispatcher(taskQueue);
    await eventually(async () => expect((await outboxState(world.dataSource, reminder!)).status).toBe('sent'), { timeoutMs: 15_000 });
    expect(messagesFor(world.mailbox, reminder!)).toHaveLength(1);
    expect(await plannedKeys(run.workflowId)).toEqual(later);

    // The workflow's timer fires at the reminder's real moment: its step queues the same row, already sent, so the
    // workflow starts no delivery.
    const tick = run.tick(plan.mail[0]!.intent.data.scheduledFor as string);
    expect(tick.events.flatMap((event) => event.notify ?? []).map((intent) => notificationDedupeKey(run.workflowId, intent.key))).toEqual([reminder]);
    expect(await world.record(tick)).toEqual([]);
    expect(messagesFor(world.mailbox, reminder!)).toHaveLength(1);
  });

  it('never sends a rung that a step withdrew before its moment', async () => {
    const taskQueue = `planned-${randomUUID()}`;
    const { run, people } = await newAudit(world);
    const first = planOf(run.state, taskQueue, [4_000, 4_000, 4_000, 4_000]);
    await world.record({ ...run.last, events: [], plannedMail: first });
    const withdrawn = first.mail.map(({ intent }) => notificationDedupeKey(run.workflowId, intent.key));
    startDispatcher(taskQueue);

    // The auditee acknowledges the contact: its task's reminder and rungs go, the next task's are planned.
    const step = run.act('acknowledgeContact', { email: people.representative, role: 'auditee-representative' }, { channels: ['e-mail'], confidentialityAgreed: true }, new Date().toISOString());
    const second = planOf(run.state, taskQueue, [6_000]);
    expect(second.mail.length).toBeGreaterThan(0);
    await world.record({ ...step, plannedMail: second });
    const next = notificationDedupeKey(run.workflowId, second.mail[0]!.intent.key);
    expect(await plannedKeys(run.workflowId)).not.toEqual(expect.arrayContaining([withdrawn[0]]));

    // Sent after the withdrawn rows' moment: had they stayed planned, they would have gone out before it.
    await eventually(() => expect(messagesFor(world.mailbox, next)).toHaveLength(1), { timeoutMs: 20_000 });
    for (const key of withdrawn) expect(messagesFor(world.mailbox, key)).toEqual([]);
    const queued = await world.dataSource.query(`SELECT dedupe_key FROM notifications WHERE dedupe_key = ANY($1)`, [withdrawn]);
    expect(queued).toEqual([]);
  });

  it('does not plan a mail the outbox already holds', async () => {
    const taskQueue = `planned-${randomUUID()}`;
    const { run } = await newAudit(world);
    const plan = planOf(run.state, taskQueue, []);
    const queued = await insertOutboxRow(world.dataSource, { workflowId: run.workflowId, auditId: run.definition.auditId, intent: plan.mail[0]!.intent });
    await world.record({ ...run.last, events: [], plannedMail: plan });
    const planned = await plannedKeys(run.workflowId);
    expect(planned).toHaveLength(plan.mail.length - 1);
    expect(planned).not.toContain(queued);
  });

  it('sends each of many due mails once while two dispatchers look at the same plan', async () => {
    const taskQueue = `planned-${randomUUID()}`;
    const audits = await Promise.all(Array.from({ length: 10 }, () => newAudit(world)));
    const keys: string[] = [];
    for (const { run } of audits) {
      const plan = planOf(run.state, taskQueue, [0, 0, 0, 0]);
      await world.record({ ...run.last, events: [], plannedMail: plan });
      keys.push(...plan.mail.map(({ intent }) => notificationDedupeKey(run.workflowId, intent.key)));
    }
    expect(keys).toHaveLength(40);
    const otherWorker = await new DataSource(world.dataSource.options).initialize();
    try {
      startDispatcher(taskQueue);
      startDispatcher(taskQueue, otherWorker);
      await eventually(() => expect(keys.filter((key) => messagesFor(world.mailbox, key).length === 0)).toEqual([]), { timeoutMs: 30_000 });
      await Promise.all(dispatchers.splice(0).map((dispatcher) => dispatcher.stop()));
    } finally {
      await otherWorker.destroy();
    }
    expect(keys.filter((key) => messagesFor(world.mailbox, key).length !== 1)).toEqual([]);
    expect(await world.dataSource.query(`SELECT dedupe_key FROM planned_mail WHERE task_queue = $1`, [taskQueue])).toEqual([]);
  });

  it('leaves another task queue’s planned mail to its own workers', async () => {
    const taskQueue = `planned-${randomUUID()}`;
    const { run } = await newAudit(world);
    await world.record({ ...run.last, events: [], plannedMail: planOf(run.state, `elsewhere-${randomUUID()}`, [0]) });
    const sentinel = await newAudit(world);
    const plan = planOf(sentinel.run.state, taskQueue, [300]);
    await world.record({ ...sentinel.run.last, events: [], plannedMail: plan });
    startDispatcher(taskQueue);
    const sent = notificationDedupeKey(sentinel.run.workflowId, plan.mail[0]!.intent.key);
    await eventually(() => expect(messagesFor(world.mailbox, sent)).toHaveLength(1), { timeoutMs: 15_000 });
    expect(await plannedKeys(run.workflowId)).toHaveLength(4);
  });
});
