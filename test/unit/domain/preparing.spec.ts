import { AuditState, performAuditAction } from '@auditflow/domain';
import { InMemoryAudit } from '../../support/in-memory-audit';
import { act, activeTask, activeTasks, auditInPreparing, auditReadyForOpening, OPENING, PLAN, refuse, taskById } from './support/audit-driver';
import { as, DAY, expectRejection, P } from './support/fixtures';

const ITEM = { clause: '9.2', question: 'Is there an internal audit programme?', expectedEvidence: 'Programme and reports', method: 'document' };

async function presented(audit: InMemoryAudit, content = PLAN) {
  await act(audit, 'draftPlan', as.lead, { content });
  await act(audit, 'presentPlan', as.lead);
}

describe('preparing the audit (6.3)', () => {
  describe('documents', () => {
    it('are requested from the auditee with one supply task due after the configured time, or the time given', async () => {
      const audit = await auditInPreparing();
      await act(audit, 'requestDocuments', as.lead, { documents: [{ name: 'ISMS scope' }, { name: 'SoA', description: 'Current version' }] });
      await act(audit, 'requestDocuments', as.auditor, { documents: [{ name: 'Risk treatment plan' }], dueWithin: 'P3D' });

      const [first, second] = activeTasks(audit.state, 'supply-documents');
      expect(first).toMatchObject({ assignee: P.auditeeRepresentative.email, role: 'auditee-representative', title: 'Supply documents: ISMS scope, SoA' });
      expect(Date.parse(first!.dueAt) - Date.parse(first!.createdAt)).toBe(10 * DAY);
      expect(Date.parse(second!.dueAt) - Date.parse(second!.createdAt)).toBe(3 * DAY);
      expect(audit.state.documents.map((document) => [document.id, document.name, document.taskId])).toEqual([
        ['D-1', 'ISMS scope', first!.id],
        ['D-2', 'SoA', first!.id],
        ['D-3', 'Risk treatment plan', second!.id],
      ]);
    });

    it('close their supply task once all of its documents are supplied, and the review is asked for once all are in', async () => {
      const audit = await auditInPreparing();
      await act(audit, 'requestDocuments', as.lead, { documents: [{ name: 'ISMS scope' }, { name: 'SoA' }] });
      await act(audit, 'requestDocuments', as.lead, { documents: [{ name: 'Risk treatment plan' }] });
      const [batch1, batch2] = activeTasks(audit.state, 'supply-documents').map((task) => task.id);

      await act(audit, 'supplyDocument', as.rep, { documentId: 'D-1', reference: 'dms://1' });
      expect(taskById(audit.state, batch1!).state).toBe('open');
      await act(audit, 'supplyDocument', as.rep, { documentId: 'D-2', reference: 'dms://2' });
      expect(taskById(audit.state, batch1!).state).toBe('done');
      expect(activeTasks(audit.state, 'review-documents')).toEqual([]);
      expectRejection(refuse(audit, 'recordDocumentReview', as.lead, { adequate: true }), 'conflict', 'documents not supplied yet: D-3 Risk treatment plan');

      await act(audit, 'supplyDocument', as.rep, { documentId: 'D-3', reference: 'dms://3' });
      expect(taskById(audit.state, batch2!).state).toBe('done');
      expect(activeTask(audit.state, 'review-documents').assignee).toBe(P.teamLeader.email);

      await act(audit, 'recordDocumentReview', as.auditor, { adequate: false, concerns: ['SoA lacks justifications'] });
      expect(audit.state.documentReview).toMatchObject({ adequate: false, concerns: ['SoA lacks justifications'], reviewedBy: P.auditor.email });
      expect(activeTasks(audit.state, 'review-documents')).toEqual([]);
    });

    it('are supplied once, and only when requested', async () => {
      const audit = await auditInPreparing();
      expectRejection(refuse(audit, 'recordDocumentReview', as.lead, { adequate: true }), 'conflict', 'no documents have been requested');
      await act(audit, 'requestDocuments', as.lead, { documents: [{ name: 'SoA' }] });
      expectRejection(refuse(audit, 'supplyDocument', as.rep, { documentId: 'D-9', reference: 'x' }), 'not-found', 'D-9');
      await act(audit, 'supplyDocument', as.rep, { documentId: 'D-1', reference: 'dms://1' });
      expectRejection(refuse(audit, 'supplyDocument', as.rep, { documentId: 'D-1', reference: 'dms://again' }), 'conflict', 'already supplied');
    });
  });

  describe('the audit plan', () => {
    it('goes round the objection loop: objected, new draft, presented again, accepted', async () => {
      const audit = await auditInPreparing();
      await presented(audit);
      const firstAnswer = activeTask(audit.state, 'answer-plan');
      expect(firstAnswer).toMatchObject({ assignee: P.auditeeRepresentative.email, subjectId: 'plan-1' });

      await act(audit, 'answerPlan', as.rep, { accepted: false, objection: 'Opening day clashes with a release' });
      expect(audit.state.plans.map((plan) => plan.status)).toEqual(['objected']);
      expect(audit.state.plans[0]!.answer).toMatchObject({ accepted: false, objection: 'Opening day clashes with a release', by: P.auditeeRepresentative.email });
      expect(taskById(audit.state, firstAnswer.id).state).toBe('done');
      activeTask(audit.state, 'issue-plan');

      await presented(audit, { ...PLAN, locations: ['Remote'] });
      expect(audit.state.plans.map((plan) => [plan.version, plan.status])).toEqual([[1, 'objected'], [2, 'presented']]);
      expect(activeTask(audit.state, 'answer-plan').subjectId).toBe('plan-2');

      await act(audit, 'answerPlan', as.rep, { accepted: true });
      expect(audit.state.plans.map((plan) => plan.status)).toEqual(['objected', 'accepted']);
      expect(activeTasks(audit.state, 'issue-plan')).toEqual([]);
      expect(activeTasks(audit.state, 'answer-plan')).toEqual([]);
    });

    it('needs a reason to object', async () => {
      const audit = await auditInPreparing();
      await presented(audit);
      expectRejection(refuse(audit, 'answerPlan', as.rep, { accepted: false }), 'invalid', 'is required when the plan is not accepted', 'objection');
    });

    it('can only be presented as a draft and answered when presented', async () => {
      const audit = await auditInPreparing();
      expectRejection(refuse(audit, 'presentPlan', as.lead), 'conflict', 'no plan draft to present');
      expectRejection(refuse(audit, 'answerPlan', as.rep, { accepted: true }), 'conflict', 'no plan is awaiting an answer');
      await presented(audit);
      expectRejection(refuse(audit, 'presentPlan', as.lead), 'conflict', 'no plan draft');
    });

    it('redrafted while presented supersedes the presented version and withdraws its answer task', async () => {
      const audit = await auditInPreparing();
      await presented(audit);
      const answer = activeTask(audit.state, 'answer-plan');
      await act(audit, 'draftPlan', as.lead, { content: PLAN });

      expect(audit.state.plans.map((plan) => plan.status)).toEqual(['superseded', 'draft']);
      expect(taskById(audit.state, answer.id).state).toBe('cancelled');
    });

    it.each([
      [{ fieldworkEnd: '2027-01-01T00:00:00Z' }, 'content.fieldworkEnd'],
      [{ closingMeetingAt: PLAN.openingMeetingAt }, 'content.closingMeetingAt'],
    ])('refuses inconsistent dates (%j)', async (change, field) => {
      const audit = await auditInPreparing();
      expectRejection(refuse(audit, 'draftPlan', as.lead, { content: { ...PLAN, ...change } }), 'invalid', undefined, field);
    });
  });

  describe('work assignment', () => {
    it('gives areas to auditors with numbered assignments', async () => {
      const audit = await auditInPreparing();
      await act(audit, 'addChecklistItems', as.lead, { items: [ITEM] });
      await act(audit, 'assignWork', as.lead, {
        assignments: [
          { auditor: P.auditor.email, area: 'Internal audit', checklistItemIds: ['C-1'] },
          { auditor: P.teamLeader.email, area: 'Leadership', unit: 'Board office' },
        ],
      });
      expect(audit.state.assignments).toEqual([
        { id: 'W-1', auditor: P.auditor.email, area: 'Internal audit', checklistItemIds: ['C-1'] },
        { id: 'W-2', auditor: P.teamLeader.email, area: 'Leadership', unit: 'Board office', checklistItemIds: [] },
      ]);
    });

    it('refuses an auditor from the audited unit (independence)', async () => {
      const audit = await auditInPreparing();
      const rejection = refuse(audit, 'assignWork', as.lead, { assignments: [{ auditor: P.auditor.email, area: 'Audit function', unit: P.auditor.unit }] });
      expectRejection(rejection, 'invalid', `${P.auditor.email} belongs to ${P.auditor.unit} and may not audit their own unit`, 'assignments.0.unit');
    });

    it('refuses a member of the auditee unit when no other unit is named', async () => {
      const audit = await auditInPreparing();
      const insider = { email: 'insider@auditflow.example', name: 'Ivo Insider', role: 'auditor' as const, unit: audit.state.definition.auditee.unit };
      const state: AuditState = { ...audit.state, team: [...audit.state.team, insider] };
      expectRejection(refuse(audit, 'assignWork', as.lead, { assignments: [{ auditor: insider.email, area: 'Operations' }] }, state), 'invalid', undefined, 'assignments.0.unit');
    });

    it('refuses people outside the team, members who may not audit, and unknown checklist items', async () => {
      const audit = await auditInPreparing();
      const expert = { email: 'expert@auditflow.example', name: 'Eva Expert', role: 'technical-expert' as const };
      const withExpert: AuditState = { ...audit.state, team: [...audit.state.team, expert] };
      expectRejection(refuse(audit, 'assignWork', as.lead, { assignments: [{ auditor: 'outsider@example.org', area: 'x' }] }), 'invalid', 'not on the audit team', 'assignments.0.auditor');
      expectRejection(refuse(audit, 'assignWork', as.lead, { assignments: [{ auditor: expert.email, area: 'x' }] }, withExpert), 'invalid', 'technical-expert cannot be assigned', 'assignments.0.auditor');
      expectRejection(refuse(audit, 'assignWork', as.lead, { assignments: [{ auditor: P.auditor.email, area: 'x', checklistItemIds: ['C-7'] }] }), 'invalid', 'C-7', 'assignments.0.checklistItemIds');
    });
  });

  describe('checklist', () => {
    it('takes written items and items generated from ISO/IEC 27001:2022, numbered in order', async () => {
      const audit = await auditInPreparing();
      await act(audit, 'addChecklistItems', as.auditor, { items: [ITEM], generate: { standard: 'ISO/IEC 27001:2022', clauses: ['9.2'] } });
      const { checklist } = audit.state;
      expect(checklist.length).toBeGreaterThan(1);
      expect(checklist.map((item) => item.id)).toEqual(checklist.map((_item, index) => `C-${index + 1}`));
      expect(checklist.every((item) => item.standard === 'ISO/IEC 27001:2022')).toBe(true);
      expect(checklist[checklist.length - 1]).toMatchObject({ ...ITEM, id: `C-${checklist.length}` });
    });

    it('needs items or a generation request, and reports a bad one as invalid', async () => {
      const audit = await auditInPreparing();
      expectRejection(refuse(audit, 'addChecklistItems', as.lead, {}), 'invalid', 'give items or generate', 'items');
      expectRejection(refuse(audit, 'addChecklistItems', as.lead, { generate: { standard: 'ISO/IEC 27001:2022', controls: ['A.99.1'] } }), 'invalid', /A\.99\.1/, 'generate');
    });
  });

  describe('opening meeting', () => {
    it('starts fieldwork when held: the meeting is held, its attend task done, the audit conducting', async () => {
      const audit = await auditReadyForOpening();
      const attend = activeTasks(audit.state, 'attend-meeting').find((task) => task.subjectId === 'M-1')!;
      await act(audit, 'holdOpeningMeeting', as.lead, { attendance: [P.teamLeader.email], minutes: 'Plan confirmed' });

      expect(audit.state.phase).toBe('conducting');
      expect(audit.state.meetings[0]).toMatchObject({ kind: 'opening', status: 'held', held: { attendance: [P.teamLeader.email], minutes: 'Plan confirmed' } });
      expect(taskById(audit.state, attend.id).state).toBe('done');
    });

    it.each<[string, (state: AuditState) => AuditState, string]>([
      ['document review', (state) => ({ ...state, documentReview: undefined }), 'the document review has not been recorded'],
      ['accepted plan', (state) => ({ ...state, plans: state.plans.map((plan) => ({ ...plan, status: 'objected' as const })) }), 'the auditee has not accepted an audit plan'],
      ['checklist', (state) => ({ ...state, checklist: [] }), 'the checklist is empty'],
      ['work assignment', (state) => ({ ...state, assignments: [] }), 'no audit work has been assigned'],
      ['scheduled opening meeting', (state) => ({ ...state, meetings: state.meetings.filter((meeting) => meeting.kind !== 'opening') }), 'the opening meeting has not been scheduled'],
    ])('cannot be held without a %s', async (_missing, without, message) => {
      const audit = await auditReadyForOpening();
      // Everything else is in place, as holding it with the full state shows.
      expect(performAuditAction(audit.state, 'holdOpeningMeeting', as.lead, { attendance: [P.teamLeader.email], minutes: 'x' }, audit.now()).state.phase).toBe('conducting');

      const rejection = refuse(audit, 'holdOpeningMeeting', as.lead, { attendance: [P.teamLeader.email], minutes: 'x' }, without(audit.state));
      expectRejection(rejection, 'conflict', message);
    });

    it('cannot be held when the scheduled one was cancelled', async () => {
      const audit = await auditReadyForOpening();
      await act(audit, 'cancelMeeting', as.lead, { meetingId: 'M-1', reason: 'Moved' });
      expectRejection(refuse(audit, 'holdOpeningMeeting', as.lead, { attendance: [P.teamLeader.email], minutes: 'x' }), 'conflict', 'not been scheduled');
      await act(audit, 'scheduleMeeting', as.lead, OPENING);
      await act(audit, 'holdOpeningMeeting', as.lead, { attendance: [P.teamLeader.email], minutes: 'x' });
      expect(audit.state.meetings.map((meeting) => meeting.status)).toEqual(['cancelled', 'scheduled', 'held']);
    });
  });
});
