// Working-day deadlines computed inside the workflow sandbox: an audit started with a working calendar in its settings
// gets the same due date there as the shared rule gives here, at the end of a working day in the assignee's zone.
import { randomUUID } from 'node:crypto';
import { Client, Connection, WithStartWorkflowOperation } from '@temporalio/client';
import { addWorkingDays, auditWorkflowId, isOnWorkingDay } from '@auditflow/domain';
import { launchSettings, utcOffsetMinutes } from '@auditflow/domain/launch-calendar';
import type { auditLifecycle } from '@auditflow/workflows/client';
import { AuditeeUnitKey, AuditPhaseKey, AuditProgrammeKey, auditRecordedUpdate, auditStateQuery } from '@auditflow/workflows/client';
import { sampleDefinition } from '../support/in-memory-audit';
import { header } from '../support/mail-queries';
import { insertProgramme, openTestDatabase, TestDatabase } from './persistence/test-database';
import { startMailbox, startWorker, testConfig, testTemporalAddress, TestMailbox, TestWorker } from '../support/test-stack';

describe('deadlines in working days in a running audit workflow', () => {
  let mail: TestMailbox;
  let worker: TestWorker;
  let connection: Connection;
  let temporal: Client;
  let db: TestDatabase;
  let programmeId: string;
  const started: string[] = [];

  beforeAll(async () => {
    db = await openTestDatabase();
    // The read model records the audit under its programme, which the API would have written.
    const { programmeManager, complianceLead } = sampleDefinition();
    programmeId = await insertProgramme(db.dataSource, { manager: programmeManager.email, complianceLead: complianceLead.email });
    mail = await startMailbox();
    worker = await startWorker(testConfig({ SMTP_URL: mail.smtpUrl }));
    connection = await Connection.connect({ address: testTemporalAddress() });
    temporal = new Client({ connection });
  });
  afterAll(async () => {
    for (const workflowId of started) await temporal?.workflow.getHandle(workflowId).terminate('test over').catch(() => undefined);
    await connection?.close();
    await worker?.stop();
    await mail?.stop();
    await db?.close();
  });

  it('gives the first task the end of its 10th working day in the representative’s zone, on the calendar resolved at launch', async () => {
    const definition = { ...sampleDefinition(), auditId: randomUUID(), programmeId };
    const representative = definition.auditee.representative.email;
    const settings = launchSettings(
      { contactAcknowledgementWithin: '10 working days', workingCalendar: { country: 'DE', subdivision: 'BY', timeZone: 'Europe/Berlin', personTimeZones: { [representative]: 'Pacific/Auckland' } } },
      definition.auditee.unit,
      new Date(),
    );
    const workflowId = auditWorkflowId(definition.auditId);
    // Started as the API starts an audit: the answer comes once the first step is in the read model.
    const startWorkflowOperation = new WithStartWorkflowOperation<typeof auditLifecycle>('auditLifecycle', {
      workflowId,
      workflowIdConflictPolicy: 'FAIL',
      taskQueue: testConfig().TEMPORAL_TASK_QUEUE,
      args: [{ definition, settings }],
      typedSearchAttributes: [
        { key: AuditPhaseKey, value: 'initiating' },
        { key: AuditProgrammeKey, value: definition.programmeId },
        { key: AuditeeUnitKey, value: definition.auditee.unit },
      ],
    });
    started.push(workflowId);
    await temporal.workflow.executeUpdateWithStart(auditRecordedUpdate, { startWorkflowOperation });

    const state = await temporal.workflow.getHandle(workflowId).query(auditStateQuery);
    const task = state.tasks.find((candidate) => candidate.kind === 'acknowledge-contact')!;
    expect(task).toBeDefined();

    expect(task.dueAt).toBe(addWorkingDays(task.createdAt, 10, settings.workingCalendar!, 'Pacific/Auckland'));
    // The last millisecond of a working day in Auckland, at least two weeks after the launch.
    const local = new Date(Date.parse(task.dueAt) + utcOffsetMinutes('Pacific/Auckland', Date.parse(task.dueAt)) * 60_000);
    expect(local.toISOString().slice(11)).toBe('23:59:59.999Z');
    expect(isOnWorkingDay(task.dueAt, settings.workingCalendar!, 'Pacific/Auckland')).toBe(true);
    expect(Date.parse(task.dueAt) - Date.parse(task.createdAt)).toBeGreaterThan(13 * 24 * 3_600_000);
    // The representative is told of the task before the audit is ended here.
    await mail.mailbox.waitFor((message) => header(message, 'X-Auditflow-Dedupe-Key') === `${workflowId}:${task.id}:assigned`, 60_000);
  });
});
