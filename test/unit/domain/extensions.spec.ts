import { DEFAULT_AUDIT_SETTINGS, nextAuditWakeUp, pendingMoments, resolveSettings } from '@auditflow/domain';
import { InMemoryAudit } from '../../support/in-memory-audit';
import { act, activeTask, newAudit, refuse, taskById, tickAt } from './support/audit-driver';
import { as, DAY, expectRejection, intents, iso, P } from './support/fixtures';

// The auditee's contact task T-1 is due 5 days after launch; its extension is decided by the team leader.
const later = (audit: InMemoryAudit, days: number) => iso(Date.parse(taskById(audit.state, 'T-1').dueAt) + days * DAY);

async function requestOnContactTask(audit: InMemoryAudit, days = 7) {
  return act(audit, 'requestExtension', as.rep, { taskId: 'T-1', requestedDueAt: later(audit, days), reason: 'Our CISO is on leave' });
}

describe('extension requests', () => {
  describe('asking', () => {
    it('is only for the assignee of the task', () => {
      const audit = newAudit();
      const payload = { taskId: 'T-1', requestedDueAt: later(audit, 3), reason: 'Busy' };
      expectRejection(refuse(audit, 'requestExtension', as.manager, payload), 'forbidden', `only the assignee (${P.auditeeRepresentative.email})`);
      expectRejection(refuse(audit, 'requestExtension', as.lead, payload), 'forbidden', 'only the assignee');
    });

    it.each([0, -1])('needs a date later than the current due date (%d days later is refused)', (days) => {
      const audit = newAudit();
      const rejection = refuse(audit, 'requestExtension', as.rep, { taskId: 'T-1', requestedDueAt: later(audit, days), reason: 'Busy' });
      expectRejection(rejection, 'invalid', /later than the current due date/, 'requestedDueAt');
    });

    it('refuses an unknown task and a task that is no longer open', async () => {
      const audit = newAudit();
      expectRejection(refuse(audit, 'requestExtension', as.rep, { taskId: 'T-99', requestedDueAt: later(audit, 3), reason: 'Busy' }), 'not-found', 'T-99');
      await act(audit, 'acknowledgeContact', as.rep, { channels: ['e-mail'], confidentialityAgreed: true });
      expectRejection(refuse(audit, 'requestExtension', as.rep, { taskId: 'T-1', requestedDueAt: later(audit, 3), reason: 'Busy' }), 'conflict', 'T-1 is done');
    });

    it('opens a decision task for the team leader and tells them', async () => {
      const audit = newAudit();
      const events = await requestOnContactTask(audit);

      const decision = activeTask(audit.state, 'decide-extension');
      expect(decision).toMatchObject({ assignee: P.teamLeader.email, role: 'team-leader', subjectId: 'T-1' });
      expect(Date.parse(decision.dueAt) - Date.parse(decision.createdAt)).toBe(3 * DAY);
      expect(taskById(audit.state, 'T-1').extension).toMatchObject({ requestedBy: P.auditeeRepresentative.email, requestedDueAt: later(audit, 7), decisionTaskId: decision.id });
      expect(intents(events)).toContainEqual(
        expect.objectContaining({ kind: 'extension-requested', key: `T-1:extension-requested:${decision.id}`, to: [P.teamLeader.email], taskId: decision.id }),
      );
    });

    it("opens the decision for the programme manager when the task is the team leader's own", async () => {
      const audit = newAudit();
      await act(audit, 'acknowledgeContact', as.rep, { channels: ['e-mail'], confidentialityAgreed: true });
      const feasibility = activeTask(audit.state, 'decide-feasibility');
      await act(audit, 'requestExtension', as.lead, { taskId: feasibility.id, requestedDueAt: iso(Date.parse(feasibility.dueAt) + DAY), reason: 'Waiting for the SoA' });

      expect(activeTask(audit.state, 'decide-extension')).toMatchObject({ assignee: P.programmeManager.email, role: 'programme-manager', subjectId: feasibility.id });
    });

    it('allows one pending request per task and no extension of a decision', async () => {
      const audit = newAudit();
      await requestOnContactTask(audit);
      expectRejection(refuse(audit, 'requestExtension', as.rep, { taskId: 'T-1', requestedDueAt: later(audit, 9), reason: 'Again' }), 'conflict', 'already has an extension request');

      const decision = activeTask(audit.state, 'decide-extension');
      const rejection = refuse(audit, 'requestExtension', as.lead, { taskId: decision.id, requestedDueAt: iso(Date.parse(decision.dueAt) + DAY), reason: 'Busy' });
      expectRejection(rejection, 'conflict', 'cannot itself be extended');
    });
  });

  describe('the clock while a request is pending', () => {
    it('is paused for the task when the setting says so', async () => {
      const audit = newAudit();
      await requestOnContactTask(audit);
      const decision = activeTask(audit.state, 'decide-extension');
      expect(pendingMoments(taskById(audit.state, 'T-1'), audit.state.settings)).toEqual([]);
      expect(nextAuditWakeUp(audit.state)).toBe(Date.parse(decision.dueAt) - DAY);

      // Past the original due date: nothing happens to T-1.
      const events = tickAt(audit, Date.parse(taskById(audit.state, 'T-1').dueAt) + DAY);
      expect(events.filter((event) => event.subjectId === 'T-1')).toEqual([]);
      expect(taskById(audit.state, 'T-1').state).toBe('open');
    });

    it('keeps running when the setting is off', async () => {
      const audit = newAudit(resolveSettings({ pauseClockWhileExtensionPending: false }));
      const events = await requestOnContactTask(audit);
      expect(events.find((event) => event.type === 'task.extension-requested')?.data).toMatchObject({ clockPaused: false });

      tickAt(audit, Date.parse(taskById(audit.state, 'T-1').dueAt));
      expect(taskById(audit.state, 'T-1')).toMatchObject({ state: 'overdue', escalationLevel: 1 });
    });
  });

  describe('deciding', () => {
    it('approval moves the due date, raises the due version, re-arms reminders and resets the escalation', async () => {
      const audit = newAudit();
      const originalDue = Date.parse(taskById(audit.state, 'T-1').dueAt);
      tickAt(audit, originalDue + 1);
      expect(taskById(audit.state, 'T-1')).toMatchObject({ state: 'overdue', escalationLevel: 1, remindersSent: ['1:P1D'] });

      await requestOnContactTask(audit, 10);
      const requestedDueAt = iso(originalDue + 10 * DAY);
      const decision = activeTask(audit.state, 'decide-extension');
      const events = await act(audit, 'decideExtension', as.lead, { taskId: 'T-1', approve: true, note: 'Fine' });

      const task = taskById(audit.state, 'T-1');
      expect(task).toMatchObject({ dueAt: requestedDueAt, dueVersion: 2, state: 'open', escalationLevel: 0, extension: undefined });
      expect(task.armedAt).toBe(audit.state.tasks.find((candidate) => candidate.id === decision.id)!.closedAt);
      expect(taskById(audit.state, decision.id).state).toBe('done');
      // Both reminders fit before the new date and are keyed to the new version.
      expect(pendingMoments(task, audit.state.settings).filter((moment) => moment.kind === 'reminder').map((moment) => moment.key)).toEqual(['2:P7D', '2:P1D']);
      expect(intents(events)).toContainEqual(
        expect.objectContaining({ kind: 'extension-decided', key: `T-1:extension-decided:${decision.id}`, to: [P.auditeeRepresentative.email] }),
      );
      expect(intents(events).find((intent) => intent.kind === 'extension-decided')?.data).toMatchObject({ approved: true, dueAt: requestedDueAt });

      // The ladder starts again from the first rung, under the new version.
      const atNewDue = tickAt(audit, Date.parse(requestedDueAt));
      expect(intents(atNewDue).map((intent) => intent.key)).toEqual(['T-1:escalation:2:0']);
    });

    it('refusal with the clock paused shifts the due date by the time the request was pending', async () => {
      const audit = newAudit();
      const originalDue = Date.parse(taskById(audit.state, 'T-1').dueAt);
      await requestOnContactTask(audit);
      const requestedAt = Date.parse(taskById(audit.state, 'T-1').extension!.requestedAt);

      audit.clock = requestedAt + 2 * DAY - 1000; // the decision is taken one tick later: exactly 2 days after the request
      await act(audit, 'decideExtension', as.lead, { taskId: 'T-1', approve: false, note: 'Not needed' });

      expect(taskById(audit.state, 'T-1')).toMatchObject({ dueAt: iso(originalDue + 2 * DAY), dueVersion: 2, state: 'open', extension: undefined });
    });

    it('refusal without the pause keeps the due date and its version', async () => {
      const audit = newAudit(resolveSettings({ pauseClockWhileExtensionPending: false }));
      const before = taskById(audit.state, 'T-1');
      await requestOnContactTask(audit);
      audit.clock += 2 * DAY;
      await act(audit, 'decideExtension', as.lead, { taskId: 'T-1', approve: false });

      expect(taskById(audit.state, 'T-1')).toMatchObject({ dueAt: before.dueAt, dueVersion: 1, armedAt: before.armedAt, extension: undefined });
    });

    it('is only for the person the decision task was given to', async () => {
      const audit = newAudit();
      await requestOnContactTask(audit);
      expectRejection(refuse(audit, 'decideExtension', as.pm, { taskId: 'T-1', approve: true }), 'forbidden', `only ${P.teamLeader.email} may decide`);
      expectRejection(refuse(audit, 'decideExtension', as.auditor, { taskId: 'T-1', approve: true }), 'forbidden', 'may not decideExtension');
      expectRejection(refuse(audit, 'decideExtension', as.rep, { taskId: 'T-1', approve: true }), 'forbidden');
    });

    it("of the team leader's own task is not for the team leader", async () => {
      const audit = newAudit();
      await act(audit, 'acknowledgeContact', as.rep, { channels: ['e-mail'], confidentialityAgreed: true });
      const feasibility = activeTask(audit.state, 'decide-feasibility');
      await act(audit, 'requestExtension', as.lead, { taskId: feasibility.id, requestedDueAt: iso(Date.parse(feasibility.dueAt) + DAY), reason: 'Busy' });

      expectRejection(refuse(audit, 'decideExtension', as.lead, { taskId: feasibility.id, approve: true }), 'forbidden', `only ${P.programmeManager.email}`);
      await act(audit, 'decideExtension', as.pm, { taskId: feasibility.id, approve: true });
      expect(taskById(audit.state, feasibility.id).dueVersion).toBe(2);
    });

    it('needs a pending request', () => {
      const audit = newAudit();
      expectRejection(refuse(audit, 'decideExtension', as.lead, { taskId: 'T-1', approve: true }), 'conflict', 'no extension request');
    });
  });

  it('a request dies with its task: doing the work cancels the pending decision', async () => {
    const audit = newAudit();
    await requestOnContactTask(audit);
    const decision = activeTask(audit.state, 'decide-extension');
    await act(audit, 'acknowledgeContact', as.rep, { channels: ['e-mail'], confidentialityAgreed: true });

    expect(taskById(audit.state, 'T-1')).toMatchObject({ state: 'done', extension: undefined });
    expect(taskById(audit.state, decision.id).state).toBe('cancelled');
  });

  it('uses the decision time from the settings', async () => {
    const audit = newAudit({ ...DEFAULT_AUDIT_SETTINGS, extensionDecisionWithin: 'PT4H' });
    await requestOnContactTask(audit);
    const decision = activeTask(audit.state, 'decide-extension');
    expect(Date.parse(decision.dueAt) - Date.parse(decision.createdAt)).toBe(4 * 3600_000);
  });
});
