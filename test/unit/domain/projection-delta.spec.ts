import { AuditDelta, AuditState, diffAudit, diffFollowUp, earliestDue, openFollowUp, performFollowUpAction, tickFollowUpClock } from '@auditflow/domain';
import { InMemoryAudit } from '../../support/in-memory-audit';
import { act, activeTask, auditInConducting, auditInPreparing, newAudit, tickAt } from './support/audit-driver';
import { as, DAY, P } from './support/fixtures';

const COLLECTIONS = ['documents', 'plans', 'assignments', 'checklist', 'evidence', 'findings', 'meetings', 'reports', 'followUps', 'tasks'] as const;

/** The delta of one step of the audit, as the workflow computes it. */
async function step(audit: InMemoryAudit, run: () => Promise<unknown> | unknown): Promise<{ before: AuditState; after: AuditState; delta: AuditDelta }> {
  const before = audit.state;
  await run();
  const after = audit.state;
  return { before, after, delta: diffAudit(before, after, earliestDue(after.tasks)) };
}

/** Names of the collections the delta carries something for. */
function touched(delta: AuditDelta): string[] {
  return [...(delta.team ? ['team'] : []), ...COLLECTIONS.filter((name) => delta[name].length > 0)];
}

function ids(items: readonly { id: string }[]): string[] {
  return items.map((item) => item.id);
}

describe('projection deltas', () => {
  describe('diffAudit', () => {
    it('sends everything for the first record, with the header and its next due date', () => {
      const state = newAudit().state;
      const delta = diffAudit(undefined, state, earliestDue(state.tasks));

      expect(delta.kind).toBe('audit');
      expect(delta.team).toBe(state.team);
      expect(delta.tasks).toEqual(state.tasks);
      expect(delta.header).toMatchObject({ phase: 'initiating', definition: state.definition, nextDueAt: state.tasks[0]!.dueAt });
    });

    it('keeps collections, counters and settings out of the header', () => {
      const state = newAudit().state;
      const header = diffAudit(undefined, state).header!;
      for (const key of ['team', ...COLLECTIONS, 'counters', 'settings']) expect(header).not.toHaveProperty(key);
      expect(header).toHaveProperty('objections');
      expect(header).toHaveProperty('auditeeDelegates');
    });

    it('is empty when nothing changed', () => {
      const state = newAudit().state;
      const delta = diffAudit(state, state, earliestDue(state.tasks));
      expect(delta.header).toBeUndefined();
      expect(delta.team).toBeUndefined();
      expect(touched(delta)).toEqual([]);
    });

    it('carries only the new elements of a collection, and no header when neither the header nor the tasks changed', async () => {
      const audit = await auditInPreparing();
      await act(audit, 'addChecklistItems', as.lead, { items: [{ clause: '9.2', question: 'Q1', expectedEvidence: 'E1', method: 'document' }] });
      const { delta } = await step(audit, () =>
        act(audit, 'addChecklistItems', as.lead, { items: [{ clause: '9.3', question: 'Q2', expectedEvidence: 'E2', method: 'interview' }] }),
      );

      expect(touched(delta)).toEqual(['checklist']);
      expect(ids(delta.checklist)).toEqual(['C-2']);
      expect(delta.header).toBeUndefined();
    });

    it('carries a changed element once, in its new form, next to the tasks it touched', async () => {
      const audit = await auditInPreparing();
      await act(audit, 'requestDocuments', as.lead, { documents: [{ name: 'ISMS scope' }, { name: 'SoA' }] });
      const supplyTask = activeTask(audit.state, 'supply-documents');
      await act(audit, 'supplyDocument', as.rep, { documentId: 'D-1', reference: 'dms://1' });

      const { delta } = await step(audit, () => act(audit, 'supplyDocument', as.rep, { documentId: 'D-2', reference: 'dms://2' }));

      expect(touched(delta)).toEqual(['documents', 'tasks']);
      expect(delta.documents).toEqual([expect.objectContaining({ id: 'D-2', supplied: expect.objectContaining({ reference: 'dms://2' }) })]);
      const review = activeTask(audit.state, 'review-documents');
      expect(ids(delta.tasks)).toEqual([supplyTask.id, review.id]);
      expect(delta.tasks[0]!.state).toBe('done');
      // Tasks changed, so the header comes along with the new next due date.
      expect(delta.header?.nextDueAt).toBe(earliestDue(audit.state.tasks));
    });

    it('sends the header when the phase changes', async () => {
      const audit = newAudit();
      await act(audit, 'acknowledgeContact', as.rep, { channels: ['e-mail'], confidentialityAgreed: true });
      const { delta } = await step(audit, () => act(audit, 'decideFeasibility', as.lead, { feasible: true, reason: 'Fine' }));

      expect(delta.header).toMatchObject({ phase: 'preparing', feasibility: { feasible: true } });
      expect(delta.team).toBeUndefined();
    });

    it('sends the whole team when a member is replaced, and only then', async () => {
      const audit = newAudit();
      await act(audit, 'acknowledgeContact', as.rep, { channels: ['e-mail'], confidentialityAgreed: true, objections: [{ memberEmail: P.secondAuditor.email, reason: 'Former consultant' }] });
      const { delta, after } = await step(audit, () =>
        act(audit, 'resolveObjection', as.pm, { memberEmail: P.secondAuditor.email, outcome: 'replaced', note: 'Independence', replacement: { ...P.replacementAuditor, role: 'auditor' } }),
      );

      expect(delta.team).toBe(after.team);
      expect(delta.team?.map((member) => member.email)).toContain(P.replacementAuditor.email);
      const next = await step(audit, () => act(audit, 'decideFeasibility', as.lead, { feasible: true, reason: 'Fine' }));
      expect(next.delta.team).toBeUndefined();
    });

    it('lists a task once even when one clock tick changed it several times', async () => {
      const audit = newAudit();
      const task = activeTask(audit.state, 'acknowledge-contact');
      const { delta } = await step(audit, () => tickAt(audit, Date.parse(task.dueAt) + 8 * DAY));

      expect(ids(delta.tasks)).toEqual([task.id]);
      expect(delta.tasks[0]).toMatchObject({ state: 'overdue', escalationLevel: 2, remindersSent: ['1:P1D'] });
      expect(touched(delta)).toEqual(['tasks']);
    });

    it('for a step touching several parts, carries each changed element once and nothing unchanged', async () => {
      const audit = await auditInConducting();
      await act(audit, 'recordConclusions', as.lead, { conformityDegree: 'Conforming', effectiveness: 'Effective', objectivesMet: true });
      const attendClosing = activeTask(audit.state, 'attend-meeting');
      const { delta } = await step(audit, () => act(audit, 'holdClosingMeeting', as.lead, { attendance: [P.teamLeader.email], minutes: 'Done' }));

      expect(touched(delta)).toEqual(['meetings', 'tasks']);
      expect(delta.meetings.map((meeting) => [meeting.kind, meeting.status])).toEqual([['closing', 'held']]);
      expect(delta.tasks.map((task) => [task.id, task.kind, task.state])).toEqual([
        [attendClosing.id, 'attend-meeting', 'done'],
        [activeTask(audit.state, 'issue-report').id, 'issue-report', 'open'],
      ]);
      expect(delta.header).toMatchObject({ phase: 'reporting', reportDueAt: audit.state.reportDueAt });
    });
  });

  describe('diffFollowUp', () => {
    const finding = { id: 'F-1', grade: 'minor-nonconformity' as const, criterion: '9.2', statement: 'x', evidenceIds: ['E-1'], recordedBy: P.auditor.email, recordedAt: '2027-02-01T00:00:00Z' };
    const people = {
      programmeManager: P.programmeManager.email,
      complianceLead: P.complianceLead.email,
      teamLeader: P.teamLeader.email,
      auditeeManager: P.auditeeManager.email,
      auditeeRepresentative: P.auditeeRepresentative.email,
      auditeeDelegates: [],
      verifier: P.auditor.email,
      auditors: [P.auditor.email],
    };
    const opened = openFollowUp({ auditId: 'A-1', auditTitle: 'Audit', parentWorkflowId: 'audit-A-1', finding, people, settings: newAudit().state.settings }, '2027-02-01T09:00:00Z').state;

    it('describes the corrective action without its input, tasks or counters, with the grade and next due date', () => {
      const delta = diffFollowUp(undefined, opened, earliestDue(opened.tasks));
      expect(delta).toMatchObject({ kind: 'follow-up', findingId: 'F-1', correctiveAction: { status: 'awaiting-plan', round: 1, grade: 'minor-nonconformity', nextDueAt: opened.tasks[0]!.dueAt } });
      for (const key of ['input', 'tasks', 'counters', 'idPrefix']) expect(delta.correctiveAction).not.toHaveProperty(key);
      expect(delta.tasks).toEqual(opened.tasks);
    });

    it('carries only the tasks that changed', () => {
      const submitted = performFollowUpAction(opened, 'submitActionPlan', as.rep, { rootCause: 'r', actionPlan: 'p' }, '2027-02-02T09:00:00Z').state;
      const delta = diffFollowUp(opened, submitted);
      expect(delta.tasks.map((task) => [task.kind, task.state])).toEqual([
        ['submit-action-plan', 'done'],
        ['review-action-plan', 'open'],
      ]);
      expect(diffFollowUp(submitted, submitted).tasks).toEqual([]);
    });

    it('lists a task once after several clock moments', () => {
      const due = Date.parse(opened.tasks[0]!.dueAt);
      const ticked = tickFollowUpClock(opened, new Date(due + 8 * DAY).toISOString()).state;
      expect(diffFollowUp(opened, ticked).tasks).toEqual([expect.objectContaining({ id: 'F-1.T-1', escalationLevel: 2 })]);
    });
  });
});
