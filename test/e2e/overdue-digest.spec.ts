import { Client, Connection } from '@temporalio/client';
import { launchSampleAudit, SAMPLE_PEOPLE as P } from '@auditflow/samples';
import { ensureDigestSchedule, DIGEST_SCHEDULE_ID } from '@auditflow/worker';
import { useFullStack } from '../support/full-stack';
import { header } from '../support/mail-queries';
import { eventually, testTemporalAddress } from '../support/test-stack';

const PM = P.programmeManager.email;

describe('daily digest of overdue work for compliance leads', () => {
  const stack = useFullStack();
  let connection: Connection;
  let client: Client;

  beforeAll(async () => {
    connection = await Connection.connect({ address: testTemporalAddress() });
    client = new Client({ connection });
  });
  afterAll(() => connection?.close());

  const digests = () => stack.mail.mailbox.messages().filter((message) => header(message, 'X-Auditflow-Kind') === 'overdue-digest');

  it('sends each compliance lead one digest a day listing every overdue task, even when run twice', async () => {
    const { auditId } = await launchSampleAudit(stack.client, { contactAcknowledgementWithin: 'PT1S' });
    await eventually(async () => expect((await stack.client.get(`/tasks?auditId=${auditId}&overdue=true`, PM)).body.total).toBe(1));

    const run = () => client.workflow.execute('overdueDigest', { taskQueue: stack.config.TEMPORAL_TASK_QUEUE, workflowId: `digest-test-${auditId}-${Date.now()}`, args: [] });
    const first = (await run()) as { digests: number };
    expect(first.digests).toBeGreaterThanOrEqual(1);
    const mine = await eventually(() => {
      const found = digests().filter((message) => message.envelope.to.includes(P.complianceLead.email));
      expect(found).toHaveLength(1);
      return found[0]!;
    });
    expect(mine.text).toContain('Acknowledge the audit');
    expect(mine.html).toContain(`/audits/${auditId}/tasks/T-1`);

    // The second run delivers before it returns and the mailbox stores a message before acknowledging it,
    // so a second digest would already be here.
    await run();
    expect(digests().filter((message) => message.envelope.to.includes(P.complianceLead.email))).toHaveLength(1);
  });

  it('keeps one Schedule that starts the digest workflow, updated in place when the configuration changes', async () => {
    const taskQueue = stack.config.TEMPORAL_TASK_QUEUE;
    await ensureDigestSchedule(client, { taskQueue, cron: '0 7 * * *', timezone: 'UTC' });
    await ensureDigestSchedule(client, { taskQueue, cron: '30 6 * * 1-5', timezone: 'Europe/Berlin' });
    const description = await client.schedule.getHandle(DIGEST_SCHEDULE_ID).describe();
    expect(description.action).toMatchObject({ type: 'startWorkflow', workflowType: 'overdueDigest', taskQueue });
    expect(description.spec.timezone).toBe('Europe/Berlin');
    expect(JSON.stringify(description.spec.calendars ?? description.spec)).toContain('30');
    await client.schedule.getHandle(DIGEST_SCHEDULE_ID).delete();
  });
});
