// A programme manager asks to extend their own tasks, and the compliance lead decides (issue 11, 6.7), in an audit
// and in its follow-ups alike. Audits launched before leave the decision with the team leader, as it was.
import { AuditSettings, DEFAULT_AUDIT_SETTINGS } from '@auditflow/domain';
import { act, activeTask, newAudit, refuse, taskById } from './support/audit-driver';
import { as, DAY, expectRejection, intents, iso, P } from './support/fixtures';
import { FollowUp, MAJOR_PLAN } from './support/follow-up-driver';

function settingsBefore(): AuditSettings {
  const { programmeManagerExtensionsDecidedByComplianceLead: _rule, ...rest } = DEFAULT_AUDIT_SETTINGS;
  return rest;
}

/** An audit whose programme manager holds a task of their own: resolving the auditee's objection to a team member. */
async function auditWithObjection(settings?: AuditSettings) {
  const audit = newAudit(settings);
  await act(audit, 'acknowledgeContact', as.rep, {
    channels: ['e-mail'],
    confidentialityAgreed: true,
    objections: [{ memberEmail: P.secondAuditor.email, reason: 'Was our consultant last year' }],
  });
  const resolve = activeTask(audit.state, 'resolve-objection');
  expect(resolve.assignee).toBe(P.programmeManager.email);
  return { audit, resolve, requestedDueAt: iso(Date.parse(resolve.dueAt) + 3 * DAY) };
}

describe("extending a programme manager's own task", () => {
  it('in an audit: the programme manager asks, the compliance lead decides', async () => {
    const { audit, resolve, requestedDueAt } = await auditWithObjection();
    const events = await act(audit, 'requestExtension', as.pm, { taskId: resolve.id, requestedDueAt, reason: 'Waiting for the pool evaluation' });

    const decision = activeTask(audit.state, 'decide-extension');
    expect(decision).toMatchObject({ assignee: P.complianceLead.email, role: 'compliance-lead', subjectId: resolve.id });
    expect(intents(events)).toContainEqual(expect.objectContaining({ kind: 'extension-requested', to: [P.complianceLead.email] }));
    expectRejection(refuse(audit, 'decideExtension', as.lead, { taskId: resolve.id, approve: true }), 'forbidden', `only ${P.complianceLead.email} may decide`);
    expectRejection(refuse(audit, 'decideExtension', as.pm, { taskId: resolve.id, approve: true }), 'forbidden', `only ${P.complianceLead.email} may decide`);

    await act(audit, 'decideExtension', as.compliance, { taskId: resolve.id, approve: true, note: 'Fine' });
    expect(taskById(audit.state, resolve.id)).toMatchObject({ dueAt: requestedDueAt, dueVersion: 2 });
    expect(taskById(audit.state, decision.id).state).toBe('done');
  });

  it("in an audit launched before: the team leader decides, as the rule then was", async () => {
    const { audit, resolve, requestedDueAt } = await auditWithObjection(settingsBefore());
    await act(audit, 'requestExtension', as.pm, { taskId: resolve.id, requestedDueAt, reason: 'Waiting for the pool evaluation' });
    expect(activeTask(audit.state, 'decide-extension')).toMatchObject({ assignee: P.teamLeader.email, role: 'team-leader' });
  });

  it('only the programme manager asks for their own task', async () => {
    const { audit, resolve, requestedDueAt } = await auditWithObjection();
    expectRejection(refuse(audit, 'requestExtension', as.lead, { taskId: resolve.id, requestedDueAt, reason: 'x' }), 'forbidden', `only the assignee (${P.programmeManager.email})`);
  });

  describe('in a follow-up whose team leader is the programme manager', () => {
    const leadingManager = { email: P.programmeManager.email, role: 'team-leader' } as const;

    function followUpLedByTheManager(settings?: AuditSettings) {
      const followUp = new FollowUp('major-nonconformity', settings);
      followUp.state = { ...followUp.state, input: { ...followUp.state.input, people: { ...followUp.state.input.people, teamLeader: P.programmeManager.email } } };
      followUp.act('submitActionPlan', as.rep, MAJOR_PLAN);
      const review = followUp.soleTask('review-action-plan');
      expect(review.assignee).toBe(P.programmeManager.email);
      return { followUp, review };
    }

    it('the compliance lead decides, not the manager on their own request', () => {
      const { followUp, review } = followUpLedByTheManager();
      followUp.act('requestExtension', leadingManager, { taskId: review.id, requestedDueAt: iso(Date.parse(review.dueAt) + DAY), reason: 'Travelling' });
      expect(followUp.active('decide-extension')[0]).toMatchObject({ assignee: P.complianceLead.email, role: 'compliance-lead' });
      expectRejection(followUp.refuse('decideExtension', as.pm, { taskId: review.id, approve: true }), 'forbidden');

      followUp.act('decideExtension', as.compliance, { taskId: review.id, approve: false });
      expect(followUp.active('decide-extension')).toEqual([]);
    });

    it('of an audit launched before, the manager decided their own request', () => {
      const { followUp, review } = followUpLedByTheManager(settingsBefore());
      followUp.act('requestExtension', leadingManager, { taskId: review.id, requestedDueAt: iso(Date.parse(review.dueAt) + DAY), reason: 'Travelling' });
      expect(followUp.active('decide-extension')[0]).toMatchObject({ assignee: P.programmeManager.email, role: 'programme-manager' });
    });
  });
});
