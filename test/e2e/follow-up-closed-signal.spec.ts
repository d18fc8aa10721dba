// Who may tell an audit that a follow-up closed (issue 11, defect 5): only that finding's own follow-up workflow. A
// message sent straight to the audit with a Temporal client, or naming another finding, closes nothing and is kept on
// the timeline; and a follow-up whose audit is gone still completes, saying so on the timeline.
import { Client, Connection } from '@temporalio/client';
import { auditWorkflowId, followUpWorkflowId } from '@auditflow/domain';
import { SAMPLE_PEOPLE as P } from '@auditflow/samples';
import { auditStateQuery, followUpClosedSignal } from '@auditflow/workflows/client';
import { auditBeforeLastCheck, timelineOf } from '../support/audit-before-last-check';
import { useFullStack } from '../support/full-stack';
import { recordHistories } from '../support/replay-fixtures';
import { eventually, testTemporalAddress } from '../support/test-stack';

const PM = P.programmeManager.email;

describe('the message that a follow-up closed', () => {
  const stack = useFullStack();
  let connection: Connection;
  let temporal: Client;

  beforeAll(async () => {
    connection = await Connection.connect({ address: testTemporalAddress() });
    temporal = new Client({ connection });
  });
  afterAll(async () => {
    await connection?.close();
  });

  it('closes nothing when it does not come from that finding’s own follow-up workflow, and is kept on the timeline', async () => {
    const { auditId, major, minor, lastStep } = await auditBeforeLastCheck(stack);
    const audit = temporal.workflow.getHandle(auditWorkflowId(auditId));
    const majorFollowUp = await temporal.workflow.getHandle(followUpWorkflowId(auditId, major)).describe();
    expect(majorFollowUp.status.name).toBe('COMPLETED');

    // Sent straight to the audit with a Temporal client: the finding alone (what a follow-up used to send), the
    // minor follow-up's workflow id with a run the audit never started, and the real major follow-up naming the minor finding.
    await audit.signal(followUpClosedSignal, minor);
    await audit.signal(followUpClosedSignal, minor, { workflowId: followUpWorkflowId(auditId, minor), runId: '4d1c3a0e-5b7f-4f0e-9a51-000000000000' });
    await audit.signal(followUpClosedSignal, minor, { workflowId: followUpWorkflowId(auditId, major), runId: majorFollowUp.runId });

    // Waits until the audit has taken all three messages: none closed the minor follow-up, each was kept.
    const refused = await eventually(async () => {
      const entries = await timelineOf(stack, auditId);
      expect(entries.filter((entry) => entry.type === 'follow-up.closed').map((entry) => entry.subjectId)).toEqual([major]);
      const refusals = entries.filter((entry) => entry.type === 'follow-up.close-refused');
      expect(refusals).toHaveLength(3);
      return refusals;
    }, { timeoutMs: 30_000 });
    expect(refused.map((entry) => [entry.subjectId, entry.workflowId])).toEqual(Array(3).fill([minor, auditWorkflowId(auditId)]));
    expect(refused.map((entry) => entry.summary)).toEqual([
      `A message that the follow-up of ${minor} closed was ignored: the message does not name the follow-up workflow that sent it`,
      expect.stringMatching(new RegExp(`ignored: it was sent by ${followUpWorkflowId(auditId, minor)} \\(run 4d1c3a0e-.*\\), not by the follow-up of ${minor}`)),
      expect.stringMatching(new RegExp(`ignored: it was sent by ${followUpWorkflowId(auditId, major)} \\(run ${majorFollowUp.runId}\\), not by the follow-up of ${minor}`)),
    ]);
    const state = await audit.query(auditStateQuery);
    expect(state.phase).toBe('following-up');
    expect(state.followUps.find((followUp) => followUp.findingId === minor)?.state).toBe('open');

    // The follow-up's own message still closes it, and with it the audit.
    await lastStep();
    await eventually(async () => {
      const answer = await stack.client.get(`/audits/${auditId}`, PM);
      expect(answer.body.audit.phase).toBe('closed');
    }, { timeoutMs: 30_000 });
    const closed = await timelineOf(stack, auditId);
    expect(closed.filter((entry) => entry.type === 'follow-up.closed').map((entry) => entry.subjectId)).toEqual([major, minor]);
    await recordHistories({ 'audit-follow-up-close-refused': auditWorkflowId(auditId) });
  });

  it('lets a follow-up whose audit is gone complete, and records that the audit could not be told', async () => {
    const { auditId, minor, lastStep } = await auditBeforeLastCheck(stack);
    await temporal.workflow.getHandle(auditWorkflowId(auditId)).terminate('the audit is gone before its last follow-up closes');

    await lastStep();
    const followUp = temporal.workflow.getHandle(followUpWorkflowId(auditId, minor));
    await eventually(async () => expect((await followUp.describe()).status.name).toBe('COMPLETED'), { timeoutMs: 30_000 });
    expect(await followUp.result()).toBe('closed');

    const timeline = await eventually(async () => {
      const entries = await timelineOf(stack, auditId);
      expect(entries.map((entry) => entry.type)).toContain('follow-up.audit-unreachable');
      return entries;
    }, { timeoutMs: 30_000 });
    const unreachable = timeline.filter((entry) => entry.type === 'follow-up.audit-unreachable');
    expect(unreachable).toEqual([
      expect.objectContaining({ subjectId: minor, workflowId: followUpWorkflowId(auditId, minor), summary: expect.stringContaining(`The audit could not be told that the follow-up of ${minor} closed: `) }),
    ]);
    expect(timeline.filter((entry) => entry.type === 'corrective-action.effective').map((entry) => entry.subjectId)).toContain(minor);
    await recordHistories({ 'follow-up-audit-gone': followUpWorkflowId(auditId, minor) });
  });
});
