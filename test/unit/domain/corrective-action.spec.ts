import { nextFollowUpWakeUp, resolveSettings, tickFollowUpClock } from '@auditflow/domain';
import { as, DAY, expectRejection, intents, iso, P } from './support/fixtures';
import { FollowUp, MAJOR_PLAN, OPENED, PLAN } from './support/follow-up-driver';

const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY;

describe('corrective-action follow-up (6.7)', () => {
  describe('opening', () => {
    it.each([
      ['major-nonconformity', 14, 'Submit correction, root cause and action plan for F-1'],
      ['minor-nonconformity', 30, 'Submit root cause and action plan for F-1'],
    ] as const)('of a %s asks the auditee for a plan within %d days', (grade, days, title) => {
      const followUp = new FollowUp(grade);
      expect(followUp.state).toMatchObject({ status: 'awaiting-plan', round: 1, openedAt: iso(OPENED) });
      const task = followUp.soleTask('submit-action-plan');
      expect(task).toMatchObject({ id: 'F-1.T-1', title, assignee: P.auditeeRepresentative.email, role: 'auditee-representative', subjectId: 'F-1' });
      expect(daysBetween(task.createdAt, task.dueAt)).toBe(days);
      expect(followUp.events.map((event) => event.type)).toEqual(['follow-up.opened', 'task.opened']);
    });
  });

  describe('the action plan', () => {
    it('of a major nonconformity needs a correction, that of a minor one does not', () => {
      const major = new FollowUp('major-nonconformity');
      expectRejection(major.refuse('submitActionPlan', as.rep, PLAN), 'invalid', 'is required for a major nonconformity', 'correction');
      major.act('submitActionPlan', as.rep, MAJOR_PLAN);
      expect(major.state.status).toBe('plan-submitted');

      const minor = new FollowUp('minor-nonconformity');
      minor.act('submitActionPlan', as.rep, PLAN);
      expect(minor.state.plans).toEqual([expect.objectContaining({ round: 1, rootCause: PLAN.rootCause, submittedBy: P.auditeeRepresentative.email })]);
      expect(minor.state.plans[0]!.correction).toBeUndefined();
    });

    it('once submitted, goes to the team leader for review within the grade deadline', () => {
      const followUp = new FollowUp('major-nonconformity').act('submitActionPlan', as.rep, MAJOR_PLAN);
      const review = followUp.soleTask('review-action-plan');
      expect(review).toMatchObject({ assignee: P.teamLeader.email, role: 'team-leader' });
      expect(daysBetween(review.createdAt, review.dueAt)).toBe(5);
      expect(followUp.state.tasks.find((task) => task.kind === 'submit-action-plan')?.state).toBe('done');
    });

    it('returned needs a reason and asks for a new plan with a new task', () => {
      const followUp = new FollowUp('major-nonconformity').act('submitActionPlan', as.rep, MAJOR_PLAN);
      expectRejection(followUp.refuse('reviewActionPlan', as.lead, { accept: false }), 'invalid', undefined, 'reason');

      followUp.act('reviewActionPlan', as.lead, { accept: false, reason: 'Root cause too shallow' });
      expect(followUp.state.status).toBe('awaiting-plan');
      expect(followUp.state.plans[0]!.review).toMatchObject({ accepted: false, reason: 'Root cause too shallow', by: P.teamLeader.email });
      const again = followUp.soleTask('submit-action-plan');
      expect(again.id).not.toBe('F-1.T-1');
      expect(daysBetween(again.createdAt, again.dueAt)).toBe(14);

      followUp.act('submitActionPlan', as.rep, { ...MAJOR_PLAN, rootCause: 'Contractors missing from the HR feed' });
      expect(followUp.state.plans.map((plan) => plan.round)).toEqual([1, 1]);
    });

    it('accepted asks for implementation evidence within the grade deadline', () => {
      const followUp = new FollowUp('minor-nonconformity').act('submitActionPlan', as.rep, PLAN).act('reviewActionPlan', as.lead, { accept: true });
      expect(followUp.state.status).toBe('implementing');
      const deliver = followUp.soleTask('deliver-implementation-evidence');
      expect(deliver.assignee).toBe(P.auditeeRepresentative.email);
      expect(daysBetween(deliver.createdAt, deliver.dueAt)).toBe(90);
    });
  });

  describe('verification', () => {
    it('is asked of the auditor who raised the finding, within the grade deadline', () => {
      const followUp = new FollowUp('major-nonconformity').toVerification();
      expect(followUp.state.status).toBe('evidence-submitted');
      const verify = followUp.soleTask('verify-effectiveness');
      expect(verify).toMatchObject({ assignee: P.auditor.email, role: 'auditor' });
      expect(daysBetween(verify.createdAt, verify.dueAt)).toBe(14);
    });

    it('is given the team leader role when the team leader raised the finding', () => {
      const followUp = new FollowUp('minor-nonconformity', undefined, P.teamLeader.email).toVerification();
      expect(followUp.soleTask('verify-effectiveness')).toMatchObject({ assignee: P.teamLeader.email, role: 'team-leader' });
    });

    it('not effective reopens the follow-up: next round, new plan due by the grade setting', () => {
      const settings = resolveSettings({ nonconformityDeadlines: { 'minor-nonconformity': { plan: 'P3D' } } });
      const followUp = new FollowUp('minor-nonconformity', settings).toVerification();
      followUp.act('verifyEffectiveness', as.auditor, { effective: false, note: 'Two leavers still active' });

      expect(followUp.state).toMatchObject({ status: 'awaiting-plan', round: 2 });
      expect(followUp.state.verifications).toEqual([expect.objectContaining({ round: 1, effective: false, verifiedBy: P.auditor.email })]);
      const submit = followUp.soleTask('submit-action-plan');
      expect(submit.createdAt).toBe(iso(followUp.clock));
      expect(daysBetween(submit.createdAt, submit.dueAt)).toBe(3);
      expect(followUp.events.map((event) => event.type)).toContain('corrective-action.not-effective');

      followUp.toVerification();
      expect(followUp.state.plans.map((plan) => plan.round)).toEqual([1, 2]);
      expect(followUp.state.evidence.map((evidence) => evidence.round)).toEqual([1, 2]);
    });

    it('effective closes the follow-up and cancels whatever is still open', () => {
      const followUp = new FollowUp('major-nonconformity').toVerification();
      const verify = followUp.soleTask('verify-effectiveness');
      followUp.act('requestExtension', as.auditor, { taskId: verify.id, requestedDueAt: iso(Date.parse(verify.dueAt) + DAY), reason: 'Sample not ready' });
      const decision = followUp.active('decide-extension')[0]!;

      followUp.act('verifyEffectiveness', as.lead, { effective: true, note: 'No leaver accounts in a new sample' });
      expect(followUp.state).toMatchObject({ status: 'closed', closedAt: iso(followUp.clock) });
      expect(followUp.active()).toEqual([]);
      expect(followUp.state.tasks.find((task) => task.id === verify.id)?.state).toBe('done');
      expect(followUp.state.tasks.find((task) => task.id === decision.id)?.state).toBe('cancelled');
      expect(nextFollowUpWakeUp(followUp.state)).toBeUndefined();
    });
  });

  describe('roles and states', () => {
    it.each([
      ['the team leader submitting the plan', 'submitActionPlan', as.lead, MAJOR_PLAN],
      ['an auditor reviewing the plan', 'reviewActionPlan', as.auditor, { accept: true }],
      ['the auditee verifying', 'verifyEffectiveness', as.rep, { effective: true, note: 'x' }],
      ['the programme manager delivering evidence', 'submitImplementationEvidence', as.pm, { description: 'x' }],
    ] as const)('refuses %s', (_label, action, actor, payload) => {
      expectRejection(new FollowUp('major-nonconformity').refuse(action, actor, payload), 'forbidden', 'may not');
    });

    it('refuses someone claiming a role they do not hold in the follow-up', () => {
      const followUp = new FollowUp('major-nonconformity');
      const rejection = followUp.refuse('submitActionPlan', { email: 'stranger@example.org', role: 'auditee-representative' }, MAJOR_PLAN);
      expectRejection(rejection, 'forbidden', 'stranger@example.org is not the auditee representative of this follow-up');
    });

    it('refuses a step out of order as a conflict naming the status', () => {
      const followUp = new FollowUp('major-nonconformity');
      expectRejection(followUp.refuse('reviewActionPlan', as.lead, { accept: true }), 'conflict', 'while the corrective action is awaiting-plan');
      expectRejection(followUp.refuse('verifyEffectiveness', as.auditor, { effective: true, note: 'x' }), 'conflict', 'allowed when: evidence-submitted');
    });

    it('refuses everything once closed', () => {
      const followUp = new FollowUp('minor-nonconformity').toVerification().act('verifyEffectiveness', as.auditor, { effective: true, note: 'ok' });
      expectRejection(followUp.refuse('submitActionPlan', as.rep, PLAN), 'conflict', 'closed');
      expectRejection(followUp.refuse('reassignTask', as.lead, { taskId: 'F-1.T-1', assignee: P.secondAuditor.email }), 'conflict', 'closed');
    });
  });

  describe('tasks', () => {
    it('escalate on the follow-up clock, an auditee task to the auditee manager', () => {
      const followUp = new FollowUp('major-nonconformity');
      const task = followUp.soleTask('submit-action-plan');
      expect(nextFollowUpWakeUp(followUp.state)).toBe(Date.parse(task.dueAt) - 7 * DAY);

      const outcome = tickFollowUpClock(followUp.state, task.dueAt);
      expect(intents(outcome.events)).toEqual([
        expect.objectContaining({ kind: 'task-overdue', key: 'F-1.T-1:escalation:1:0', to: [P.auditeeRepresentative.email], cc: [P.auditeeManager.email] }),
      ]);
    });

    it('can be extended: the team leader decides for the auditee, the programme manager for the team leader', () => {
      const followUp = new FollowUp('major-nonconformity');
      const submit = followUp.soleTask('submit-action-plan');
      followUp.act('requestExtension', as.rep, { taskId: submit.id, requestedDueAt: iso(Date.parse(submit.dueAt) + 7 * DAY), reason: 'Audit season' });
      expect(followUp.active('decide-extension')[0]).toMatchObject({ assignee: P.teamLeader.email, role: 'team-leader', subjectId: submit.id });
      followUp.act('decideExtension', as.lead, { taskId: submit.id, approve: true });
      expect(followUp.state.tasks.find((task) => task.id === submit.id)).toMatchObject({ dueVersion: 2, dueAt: iso(Date.parse(submit.dueAt) + 7 * DAY) });

      followUp.act('submitActionPlan', as.rep, MAJOR_PLAN);
      const review = followUp.soleTask('review-action-plan');
      followUp.act('requestExtension', as.lead, { taskId: review.id, requestedDueAt: iso(Date.parse(review.dueAt) + DAY), reason: 'Travelling' });
      expect(followUp.active('decide-extension')[0]).toMatchObject({ assignee: P.programmeManager.email, role: 'programme-manager' });
      expectRejection(followUp.refuse('decideExtension', as.lead, { taskId: review.id, approve: true }), 'forbidden');
    });

    it('verification can be reassigned to another auditor, who then verifies', () => {
      const followUp = new FollowUp('major-nonconformity').toVerification();
      const verify = followUp.soleTask('verify-effectiveness');
      followUp.act('reassignTask', as.lead, { taskId: verify.id, assignee: P.secondAuditor.email });

      expect(followUp.state.input.people.verifier).toBe(P.secondAuditor.email);
      expect(intents(followUp.events)).toEqual([expect.objectContaining({ kind: 'task-assigned', key: `${verify.id}:assigned:1`, to: [P.secondAuditor.email] })]);
      expectRejection(followUp.refuse('reassignTask', as.lead, { taskId: verify.id, assignee: P.auditeeRepresentative.email }), 'invalid', undefined, 'assignee');
    });

    it('of the auditee can be delegated, and the delegate then acts on it', () => {
      const followUp = new FollowUp('minor-nonconformity');
      const submit = followUp.soleTask('submit-action-plan');
      followUp.act('reassignTask', as.pm, { taskId: submit.id, assignee: 'deputy@auditee.example' });

      expect(followUp.state.input.people).toMatchObject({ auditeeDelegate: 'deputy@auditee.example', auditeeDelegates: [] });
      followUp.act('submitActionPlan', { email: 'deputy@auditee.example', role: 'auditee-representative' }, PLAN);
      expect(followUp.state.plans[0]!.submittedBy).toBe('deputy@auditee.example');
    });

    it.each([P.teamLeader.email, P.auditor.email])('of the auditee cannot be delegated to %s of the audit team', (email) => {
      const followUp = new FollowUp('minor-nonconformity');
      const submit = followUp.soleTask('submit-action-plan');
      expectRejection(followUp.refuse('reassignTask', as.pm, { taskId: submit.id, assignee: email }), 'invalid', /audit team/, 'assignee');
    });
  });
});
