import { auditNotTold, AuditState, followUpClosedRefusal, followUpInput, openFollowUp, refuseFollowUpClosed } from '@auditflow/domain';
import { act, auditWithApprovedReport } from './support/audit-driver';
import { as, P } from './support/fixtures';

const RETAIN = { retention: 'retain', retainUntil: '2030-01-01T00:00:00Z', lessonsLearned: [] };
const RUN = '0b7c8f6e-2f4f-4a55-9d5a-6e1d3c9b2a10';

/** An audit following up two nonconformities, F-1 and (added here) F-2. */
async function followingUp(): Promise<AuditState> {
  const audit = await auditWithApprovedReport({ nonconformity: true });
  await act(audit, 'issueReport', as.lead, { recipients: [P.programmeManager.email] });
  await act(audit, 'completeAudit', as.lead, RETAIN);
  const state = audit.state;
  const auditId = state.definition.auditId;
  return { ...state, followUps: [...state.followUps, { findingId: 'F-2', workflowId: `audit-${auditId}-followup-F-2`, state: 'open' }] };
}

describe('who may say that a follow-up closed', () => {
  it('is the follow-up workflow the audit started for that finding, named by its workflow id and first run id', async () => {
    const state = await followingUp();
    const own = { workflowId: `audit-${state.definition.auditId}-followup-F-1`, runId: RUN };
    expect(followUpClosedRefusal(state, 'F-1', own, RUN)).toBeUndefined();
  });

  it('is not a message that names the finding alone, or a sender of another shape', async () => {
    const state = await followingUp();
    for (const sender of [undefined, null, 'audit-x', { workflowId: 7, runId: RUN }, { workflowId: '' }]) {
      expect(followUpClosedRefusal(state, 'F-1', sender, RUN)).toBe('the message does not name the follow-up workflow that sent it');
    }
  });

  it('is not another finding’s follow-up, nor a workflow with the right id but another run', async () => {
    const state = await followingUp();
    const auditId = state.definition.auditId;
    expect(followUpClosedRefusal(state, 'F-1', { workflowId: `audit-${auditId}-followup-F-2`, runId: RUN }, RUN)).toMatch(/sent by audit-.*-followup-F-2 .*not by the follow-up of F-1/);
    expect(followUpClosedRefusal(state, 'F-1', { workflowId: `audit-${auditId}-followup-F-1`, runId: 'another-run' }, RUN)).toMatch(/run another-run\), not by the follow-up of F-1/);
  });

  it('refuses a finding the audit has no follow-up of, or none it started', async () => {
    const state = await followingUp();
    const sender = { workflowId: `audit-${state.definition.auditId}-followup-F-9`, runId: RUN };
    expect(followUpClosedRefusal(state, 'F-9', sender, RUN)).toBe('the audit started no follow-up of finding F-9');
    expect(followUpClosedRefusal(state, 'F-1', { ...sender, workflowId: `audit-${state.definition.auditId}-followup-F-1` }, undefined)).toBe('the audit started no follow-up of finding F-1');
  });

  it('keeps a refused message on the timeline and changes nothing else', async () => {
    const state = await followingUp();
    const refused = refuseFollowUpClosed(state, 'F-1', 'the message does not name the follow-up workflow that sent it', '2027-03-01T09:00:00Z');
    expect(refused.state).toBe(state);
    expect(refused.events).toEqual([
      expect.objectContaining({
        type: 'follow-up.close-refused',
        subjectId: 'F-1',
        summary: 'A message that the follow-up of F-1 closed was ignored: the message does not name the follow-up workflow that sent it',
      }),
    ]);
    expect(refused.events[0].notify).toBeUndefined();
  });

  it('cuts short what a refused message claimed before it goes on the timeline', async () => {
    const state = await followingUp();
    const long = 'F'.repeat(5000);
    const reason = followUpClosedRefusal(state, long, { workflowId: 'x', runId: 'y' }, undefined)!;
    const refused = refuseFollowUpClosed(state, long, reason, '2027-03-01T09:00:00Z');
    expect(refused.events[0].summary.length).toBeLessThan(400);
    expect(refused.events[0].subjectId).toHaveLength(100);
  });
});

describe('a follow-up whose audit cannot be told that it closed', () => {
  it('stays closed and says on its timeline why the audit did not hear of it', async () => {
    const audit = await followingUp();
    const opened = openFollowUp(followUpInput(audit, 'F-1', `audit-${audit.definition.auditId}`), '2027-03-01T09:00:00Z');
    const closed = { ...opened.state, status: 'closed' as const, closedAt: '2027-04-01T09:00:00Z' };
    const told = auditNotTold(closed, 'Unable to signal external workflow because it was not found', '2027-04-01T09:00:01Z');
    expect(told.state).toBe(closed);
    expect(told.events).toEqual([
      expect.objectContaining({
        type: 'follow-up.audit-unreachable',
        subjectId: 'F-1',
        summary: 'The audit could not be told that the follow-up of F-1 closed: Unable to signal external workflow because it was not found',
        data: { auditWorkflowId: `audit-${audit.definition.auditId}`, reason: 'Unable to signal external workflow because it was not found' },
      }),
    ]);
  });
});
