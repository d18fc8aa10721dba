import { Actor, AuditSettings, DEFAULT_AUDIT_SETTINGS, performFollowUpAction, rolesOf } from '@auditflow/domain';
import { InMemoryAudit } from '../../support/in-memory-audit';
import { act, activeTask, auditInConducting, auditInPreparing, PLAN, recordMajorNonconformity, refuse, taskById } from './support/audit-driver';
import { as, expectRejection, P, rejectionOf } from './support/fixtures';

const DEPUTY = 'deputy@auditee.example';
const deputy: Actor = { email: DEPUTY, role: 'auditee-representative' };
/** The settings of an audit launched before delegation became per task: they carry no flag. */
const LAUNCHED_BEFORE: AuditSettings = { ...DEFAULT_AUDIT_SETTINGS, delegationIsPerTask: undefined };
const ACTION_PLAN = { rootCause: 'No HR feed into IAM', actionPlan: 'Automate deprovisioning', correction: 'Leaver accounts disabled' };
const RETAIN = { retention: 'retain', retainUntil: '2030-01-01T00:00:00.000Z', lessonsLearned: [] };

/** Conducting, with two major nonconformities waiting for the auditee's response; the first one's is delegated. */
async function twoFindingsFirstDelegated(settings?: AuditSettings) {
  const audit = await auditInConducting(settings);
  const first = await recordMajorNonconformity(audit);
  const second = await recordMajorNonconformity(audit);
  const delegated = audit.state.tasks.find((task) => task.kind === 'respond-to-finding' && task.subjectId === first)!;
  await act(audit, 'reassignTask', as.lead, { taskId: delegated.id, assignee: DEPUTY });
  return { audit, first, second, delegated };
}

/** Closing meeting held, report issued, audit completed: each nonconformity's follow-up is open. */
async function toFollowUp(audit: InMemoryAudit) {
  await act(audit, 'recordConclusions', as.lead, { conformityDegree: 'Partly conforming', effectiveness: 'Not effective', objectivesMet: true });
  await act(audit, 'holdClosingMeeting', as.lead, { attendance: [P.teamLeader.email, P.auditeeRepresentative.email], minutes: 'Findings presented' });
  await act(audit, 'draftReport', as.lead, { content: { summary: 'Two major nonconformities.' } });
  await act(audit, 'reviewReport', as.pm, { comments: 'Clear' });
  await act(audit, 'approveReport', as.lead);
  await act(audit, 'issueReport', as.lead, { recipients: [P.programmeManager.email] });
  await act(audit, 'completeAudit', as.lead, RETAIN);
  expect(audit.state.phase).toBe('following-up');
}

function refuseFollowUp(audit: InMemoryAudit, findingId: string, action: 'submitActionPlan' | 'requestExtension', actor: Actor, payload: unknown) {
  const state = audit.followUps.get(findingId)!;
  const before = structuredClone(state);
  const rejection = rejectionOf(() => performFollowUpAction(state, action, actor, payload, audit.now()));
  expect(state).toStrictEqual(before);
  return rejection;
}

describe('delegating an auditee task', () => {
  it('lets the delegate act on that task, and gives them no role in the audit', async () => {
    const { audit, first, delegated } = await twoFindingsFirstDelegated();

    expect(rolesOf(audit.state, DEPUTY)).toEqual([]);
    expect(audit.state.auditeeDelegates).toEqual([]);
    await act(audit, 'respondToFinding', deputy, { findingId: first, acknowledged: true });

    expect(audit.state.findings.find((finding) => finding.id === first)!.response).toMatchObject({ acknowledged: true, by: DEPUTY });
    expect(taskById(audit.state, delegated.id).state).toBe('done');
  });

  it('refuses the delegate every other auditee task and every step that answers for the whole audit (403)', async () => {
    const { audit, second, delegated } = await twoFindingsFirstDelegated();
    const otherResponse = audit.state.tasks.find((task) => task.kind === 'respond-to-finding' && task.subjectId === second)!;

    const another = refuse(audit, 'respondToFinding', deputy, { findingId: second, acknowledged: false, disagreement: 'Not ours' });
    expectRejection(another, 'forbidden', `a delegate acts only on the tasks given to them (${delegated.id}), and respondToFinding answers none of them`);
    expectRejection(refuse(audit, 'requestExtension', deputy, { taskId: otherResponse.id, requestedDueAt: '2030-01-01T00:00:00.000Z', reason: 'Busy' }), 'forbidden', 'a delegate acts only');
    // The representative still answers it.
    await act(audit, 'respondToFinding', as.rep, { findingId: second, acknowledged: true });
  });

  it('refuses the delegate of one document request the documents of another, and the plan', async () => {
    const audit = await auditInPreparing();
    await act(audit, 'requestDocuments', as.lead, { documents: [{ name: 'ISMS scope' }] });
    await act(audit, 'requestDocuments', as.lead, { documents: [{ name: 'Risk treatment plan' }] });
    const [scopeTask, riskTask] = audit.state.documents.map((document) => document.taskId);
    await act(audit, 'reassignTask', as.pm, { taskId: riskTask!, assignee: DEPUTY });
    await act(audit, 'draftPlan', as.lead, { content: PLAN });
    await act(audit, 'presentPlan', as.lead);

    expectRejection(refuse(audit, 'supplyDocument', deputy, { documentId: 'D-1', reference: 'dms://scope' }), 'forbidden', `(${riskTask}), and supplyDocument answers none`);
    expectRejection(refuse(audit, 'answerPlan', deputy, { accepted: true }), 'forbidden', 'answerPlan answers none');
    await act(audit, 'supplyDocument', deputy, { documentId: 'D-2', reference: 'dms://risk' });
    expect(taskById(audit.state, riskTask!).state).toBe('done');
    expect(taskById(audit.state, scopeTask!).state).toBe('open');
    // Their task done, they hold nothing: not even its extension.
    expectRejection(refuse(audit, 'requestExtension', deputy, { taskId: riskTask!, requestedDueAt: '2030-01-01T00:00:00.000Z', reason: 'Late' }), 'forbidden', `${DEPUTY} is not the auditee representative`);
  });

  it('keeps answering a revised plan with the delegate who answered the last one', async () => {
    const audit = await auditInPreparing();
    await act(audit, 'draftPlan', as.lead, { content: PLAN });
    await act(audit, 'presentPlan', as.lead);
    await act(audit, 'reassignTask', as.lead, { taskId: activeTask(audit.state, 'answer-plan').id, assignee: DEPUTY });
    await act(audit, 'answerPlan', deputy, { accepted: false, objection: 'Clashes with a release freeze' });

    await act(audit, 'draftPlan', as.lead, { content: { ...PLAN, locations: ['Main data centre'] } });
    await act(audit, 'presentPlan', as.lead);
    expect(activeTask(audit.state, 'answer-plan')).toMatchObject({ assignee: DEPUTY, subjectId: 'plan-2' });
    await act(audit, 'answerPlan', deputy, { accepted: true });
    expect(audit.state.plans.map((version) => version.status)).toEqual(['objected', 'accepted']);
  });

  it('carries the delegated response into the follow-up of that finding, and no other', async () => {
    const { audit, first, second } = await twoFindingsFirstDelegated();
    await act(audit, 'respondToFinding', deputy, { findingId: first, acknowledged: true });
    await act(audit, 'respondToFinding', as.rep, { findingId: second, acknowledged: true });
    await toFollowUp(audit);

    const delegatedFollowUp = audit.followUps.get(first)!;
    expect(delegatedFollowUp.tasks[0]).toMatchObject({ kind: 'submit-action-plan', assignee: DEPUTY });
    expect(audit.followUps.get(second)!.tasks[0]).toMatchObject({ kind: 'submit-action-plan', assignee: P.auditeeRepresentative.email });

    expectRejection(refuseFollowUp(audit, second, 'submitActionPlan', deputy, ACTION_PLAN), 'forbidden', `${DEPUTY} is not the auditee representative of this follow-up`);
    await audit.followUp(first, 'submitActionPlan', deputy, ACTION_PLAN);
    await audit.followUp(first, 'reviewActionPlan', as.lead, { accept: false, reason: 'Name an owner' });
    // The plan asked again continues the same work: it goes to the delegate again.
    const again = audit.followUps.get(first)!.tasks.filter((task) => task.kind === 'submit-action-plan');
    expect(again.map((task) => [task.state, task.assignee])).toEqual([['done', DEPUTY], ['open', DEPUTY]]);
    await audit.followUp(first, 'submitActionPlan', deputy, ACTION_PLAN);
    await audit.followUp(first, 'reviewActionPlan', as.lead, { accept: true });
    expect(audit.followUps.get(first)!.tasks.at(-1)).toMatchObject({ kind: 'deliver-implementation-evidence', assignee: DEPUTY });
  });

  it('in a follow-up gives the delegate the rest of that follow-up, until the work is handed back', async () => {
    const audit = await auditInConducting();
    const finding = await recordMajorNonconformity(audit);
    await act(audit, 'respondToFinding', as.rep, { findingId: finding, acknowledged: true });
    await toFollowUp(audit);
    const submit = audit.followUps.get(finding)!.tasks[0]!;

    await audit.followUp(finding, 'reassignTask', as.lead, { taskId: submit.id, assignee: DEPUTY });
    expect(audit.followUps.get(finding)!.input.people).toMatchObject({ auditeeDelegate: DEPUTY, auditeeDelegates: [] });
    await audit.followUp(finding, 'submitActionPlan', deputy, ACTION_PLAN);
    await audit.followUp(finding, 'reviewActionPlan', as.lead, { accept: true });
    const deliver = audit.followUps.get(finding)!.tasks.at(-1)!;
    expect(deliver).toMatchObject({ kind: 'deliver-implementation-evidence', assignee: DEPUTY });

    await audit.followUp(finding, 'reassignTask', as.lead, { taskId: deliver.id, assignee: P.auditeeRepresentative.email });
    expect(audit.followUps.get(finding)!.input.people.auditeeDelegate).toBeUndefined();
    expectRejection(refuseFollowUp(audit, finding, 'requestExtension', deputy, { taskId: deliver.id, requestedDueAt: '2031-01-01T00:00:00.000Z', reason: 'Busy' }), 'forbidden');
  });

  describe('in an audit launched before delegation became per task', () => {
    it('still makes the delegate a representative for the whole audit, so a running audit goes on as it started', async () => {
      const { audit, first, second } = await twoFindingsFirstDelegated(LAUNCHED_BEFORE);

      expect(audit.state.auditeeDelegates).toEqual([DEPUTY]);
      expect(rolesOf(audit.state, DEPUTY)).toEqual(['auditee-representative']);
      await act(audit, 'respondToFinding', deputy, { findingId: second, acknowledged: true });
      await act(audit, 'respondToFinding', as.rep, { findingId: first, acknowledged: true });
      await toFollowUp(audit);

      // Both follow-ups ask the representative, and the delegate acts in either.
      expect([first, second].map((id) => audit.followUps.get(id)!.tasks[0]!.assignee)).toEqual([P.auditeeRepresentative.email, P.auditeeRepresentative.email]);
      await audit.followUp(first, 'submitActionPlan', deputy, ACTION_PLAN);
      expect(audit.followUps.get(first)!.plans[0]!.submittedBy).toBe(DEPUTY);
    });

    it('keeps adding follow-up delegates as representatives of the whole follow-up', async () => {
      const audit = await auditInConducting(LAUNCHED_BEFORE);
      const finding = await recordMajorNonconformity(audit);
      await act(audit, 'respondToFinding', as.rep, { findingId: finding, acknowledged: true });
      await toFollowUp(audit);
      const submit = audit.followUps.get(finding)!.tasks[0]!;

      await audit.followUp(finding, 'reassignTask', as.lead, { taskId: submit.id, assignee: DEPUTY });
      expect(audit.followUps.get(finding)!.input.people.auditeeDelegates).toEqual([DEPUTY]);
      expect(audit.followUps.get(finding)!.input.people.auditeeDelegate).toBeUndefined();
      await audit.followUp(finding, 'submitActionPlan', deputy, ACTION_PLAN);
      await audit.followUp(finding, 'reviewActionPlan', as.lead, { accept: true });
      // The next task goes to the representative, and the delegate may still take it.
      expect(audit.followUps.get(finding)!.tasks.at(-1)).toMatchObject({ kind: 'deliver-implementation-evidence', assignee: P.auditeeRepresentative.email });
      await audit.followUp(finding, 'submitImplementationEvidence', deputy, { description: 'Integration live' });
    });
  });
});
