import { rolesOf } from '@auditflow/domain';
import { act, activeTask, auditInPreparing, newAudit, refuse, taskById, tickAt } from './support/audit-driver';
import { as, DAY, expectRejection, intents, P } from './support/fixtures';

const DEPUTY = 'deputy@auditee.example';
const deputy = { email: DEPUTY, role: 'auditee-representative' as const };

describe('task reassignment', () => {
  describe('of an auditee task', () => {
    it('delegates it: the delegate becomes the assignee and is told with a key distinct from the first assignment', async () => {
      const audit = newAudit();
      const events = await act(audit, 'reassignTask', as.lead, { taskId: 'T-1', assignee: DEPUTY });

      expect(taskById(audit.state, 'T-1')).toMatchObject({ assignee: DEPUTY, role: 'auditee-representative', dueVersion: 1 });
      // A delegate of one task, not of the whole audit (delegation.spec.ts).
      expect(audit.state.auditeeDelegates).toEqual([]);
      expect(events.map((event) => event.type)).toEqual(['task.reassigned']);
      expect(events[0]!.data).toEqual({ from: P.auditeeRepresentative.email, to: DEPUTY });
      expect(intents(events)).toEqual([expect.objectContaining({ kind: 'task-assigned', key: 'T-1:assigned:1', to: [DEPUTY], taskId: 'T-1' })]);
      const firstAssignment = intents(audit.timeline).find((intent) => intent.kind === 'task-assigned' && intent.taskId === 'T-1')!;
      expect(firstAssignment.key).toBe('T-1:assigned');
    });

    it('lets the delegate take the step of the task, which a stranger may not', async () => {
      const audit = newAudit();
      expectRejection(refuse(audit, 'acknowledgeContact', deputy, { channels: ['e-mail'], confidentialityAgreed: true }), 'forbidden', `${DEPUTY} is not the auditee representative`);

      await act(audit, 'reassignTask', as.pm, { taskId: 'T-1', assignee: DEPUTY });
      expect(rolesOf(audit.state, DEPUTY)).toEqual([]);
      await act(audit, 'acknowledgeContact', deputy, { channels: ['phone'], confidentialityAgreed: true });

      expect(audit.state.contact?.acknowledgedBy).toBe(DEPUTY);
      expect(taskById(audit.state, 'T-1').state).toBe('done');
    });

    it('sends the pending reminders and escalations to the new assignee, still copying the auditee manager', async () => {
      const audit = newAudit();
      await act(audit, 'reassignTask', as.lead, { taskId: 'T-1', assignee: DEPUTY });
      const due = Date.parse(taskById(audit.state, 'T-1').dueAt);

      expect(intents(tickAt(audit, due - DAY))).toEqual([expect.objectContaining({ kind: 'task-reminder', to: [DEPUTY] })]);
      expect(intents(tickAt(audit, due))).toEqual([expect.objectContaining({ kind: 'task-overdue', to: [DEPUTY], cc: [P.auditeeManager.email] })]);
    });

    it('numbers every reassignment, and handing back to the representative leaves the delegate nothing', async () => {
      const audit = newAudit();
      await act(audit, 'reassignTask', as.lead, { taskId: 'T-1', assignee: DEPUTY });
      const back = await act(audit, 'reassignTask', as.lead, { taskId: 'T-1', assignee: P.auditeeRepresentative.email });

      expect(intents(back)).toEqual([expect.objectContaining({ key: 'T-1:assigned:2', to: [P.auditeeRepresentative.email] })]);
      expect(taskById(audit.state, 'T-1').assignee).toBe(P.auditeeRepresentative.email);
      expectRejection(refuse(audit, 'acknowledgeContact', deputy, { channels: ['e-mail'], confidentialityAgreed: true }), 'forbidden', `${DEPUTY} is not the auditee representative`);
    });

    it('refuses the current assignee', () => {
      const audit = newAudit();
      expectRejection(refuse(audit, 'reassignTask', as.lead, { taskId: 'T-1', assignee: P.auditeeRepresentative.email }), 'conflict', 'already assigned');
    });

    it.each([
      ['the team leader', P.teamLeader.email],
      ['an auditor', P.auditor.email],
    ])('refuses to make %s act for the auditee (independence)', (_label, email) => {
      const audit = newAudit();
      const rejection = refuse(audit, 'reassignTask', as.pm, { taskId: 'T-1', assignee: email });
      expectRejection(rejection, 'invalid', /audit team/, 'assignee');
    });
  });

  describe('of a team task', () => {
    it('only goes to a team member who holds the role the task needs', async () => {
      const audit = await auditInPreparing();
      const issuePlan = activeTask(audit.state, 'issue-plan');
      const rejection = refuse(audit, 'reassignTask', as.pm, { taskId: issuePlan.id, assignee: P.auditor.email });
      expectRejection(rejection, 'invalid', `may do "issue-plan": ${P.teamLeader.email}`, 'assignee');
    });

    it("refuses a programme manager's task: nobody else in the audit holds that role", async () => {
      const audit = newAudit();
      await act(audit, 'acknowledgeContact', as.rep, { channels: ['e-mail'], confidentialityAgreed: true, objections: [{ memberEmail: P.auditor.email, reason: 'Conflict of interest' }] });
      const objection = activeTask(audit.state, 'resolve-objection');
      expectRejection(refuse(audit, 'reassignTask', as.pm, { taskId: objection.id, assignee: P.teamLeader.email }), 'forbidden', 'programme-manager task');
    });
  });

  it('is for the team leader and the programme manager only', () => {
    const audit = newAudit();
    expectRejection(refuse(audit, 'reassignTask', as.auditor, { taskId: 'T-1', assignee: DEPUTY }), 'forbidden', 'may not reassignTask');
    expectRejection(refuse(audit, 'reassignTask', as.rep, { taskId: 'T-1', assignee: DEPUTY }), 'forbidden', 'may not reassignTask');
  });

  it('refuses an unknown task and a closed one', async () => {
    const audit = newAudit();
    expectRejection(refuse(audit, 'reassignTask', as.lead, { taskId: 'T-42', assignee: DEPUTY }), 'not-found', 'T-42');
    await act(audit, 'acknowledgeContact', as.rep, { channels: ['e-mail'], confidentialityAgreed: true });
    expectRejection(refuse(audit, 'reassignTask', as.lead, { taskId: 'T-1', assignee: DEPUTY }), 'conflict', 'T-1 is done');
  });

  it('normalises the new assignee to lower case', async () => {
    const audit = newAudit();
    await act(audit, 'reassignTask', as.lead, { taskId: 'T-1', assignee: 'Deputy@Auditee.Example' });
    expect(taskById(audit.state, 'T-1').assignee).toBe(DEPUTY);
  });
});
