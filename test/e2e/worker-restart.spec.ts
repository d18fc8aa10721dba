import { AuditPort, HttpAuditPort, launchSampleAudit, runSampleAudit, SAMPLE_PEOPLE } from '@auditflow/samples';
import { useFullStack } from '../support/full-stack';
import { eventually, startWorker } from '../support/test-stack';
import { readTimeline } from '../support/timeline';

const PM = SAMPLE_PEOPLE.programmeManager.email;

describe('a worker stopped mid-audit', () => {
  const stack = useFullStack();

  it('lets the audit continue where it was when a worker starts again: no step twice, no event lost or duplicated', async () => {
    const { auditId } = await launchSampleAudit(stack.client);
    const port = new HttpAuditPort(stack.client, auditId);
    let steps = 0;
    const restarts: number[] = [];
    // Every 12th step the worker goes away; the step is sent while no worker runs and completes once one is back.
    const restarting: AuditPort = {
      act: (action, actor, payload) => around(() => port.act(action, actor, payload)),
      followUp: (findingId, action, actor, payload) => around(() => port.followUp(findingId, action, actor, payload)),
    };
    async function around<T>(call: () => Promise<T>): Promise<T> {
      steps += 1;
      if (steps % 12 !== 0) return call();
      await stack.worker!.stop();
      stack.worker = undefined;
      const pending = call();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      stack.worker = await startWorker(stack.config);
      restarts.push(steps);
      return pending;
    }

    const { major } = await runSampleAudit(restarting);
    expect(restarts.length).toBeGreaterThanOrEqual(3);

    // The last follow-up's close reaches the audit's workflow as a signal; when that workflow last ran on a worker
    // that has been stopped since, its task first waits out the sticky queue's schedule-to-start timeout (10 s) before
    // any worker takes it, so the close can trail the last step by more than that on a loaded machine.
    const { body } = await eventually(
      async () => {
        const answer = await stack.client.get(`/audits/${auditId}`, PM);
        expect(answer.body.audit.phase).toBe('closed');
        return answer;
      },
      { timeoutMs: 60_000 },
    );
    const timeline = await readTimeline(stack.client, auditId, PM);
    const workflowEvents = timeline.filter((entry) => entry.type !== 'notification.sent');
    const byWorkflow = new Map<string, number[]>();
    for (const entry of workflowEvents) byWorkflow.set(entry.workflowId, [...(byWorkflow.get(entry.workflowId) ?? []), entry.seq]);
    for (const [, seqs] of byWorkflow) expect([...seqs].sort((a, b) => a - b)).toEqual(seqs.map((_, index) => index + 1));
    const count = (type: string) => workflowEvents.filter((entry) => entry.type === type).length;
    expect(count('audit.created')).toBe(1);
    expect(count('contact.acknowledged')).toBe(1);
    expect(count('plan.presented')).toBe(2);
    expect(count('finding.recorded')).toBe(3);
    expect(count('report.issued')).toBe(1);
    expect(count('action-plan.submitted')).toBe(4);
    expect(count('follow-up.closed')).toBe(2);
    expect(body.correctiveActions.find((action: { findingId: string }) => action.findingId === major).round).toBe(2);

    // Every mail went out once: one notification.sent per queued notification.
    const sent = timeline.filter((entry) => entry.type === 'notification.sent').map((entry) => entry.data?.dedupeKey);
    expect(new Set(sent).size).toBe(sent.length);
    const messageIds = stack.mail.mailbox.messages().map((message) => message.headers.find((header) => header.name.toLowerCase() === 'message-id')?.value);
    expect(messageIds.length).toBeGreaterThan(20);
    expect(new Set(messageIds).size).toBe(messageIds.length);
  });
});
