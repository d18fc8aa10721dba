import { nextAuditWakeUp, tickAuditClock } from '@auditflow/domain';
import { act, activeTask, newAudit, tickAt } from './support/audit-driver';
import { as, DAY, intents, P } from './support/fixtures';

// A new audit waits on one task: the auditee acknowledges the contact within 5 days (default settings),
// so of the reminders (7 days and 1 day ahead) only the 1-day one fits.
describe('the audit clock', () => {
  function newAuditWithContactTask() {
    const audit = newAudit();
    const task = activeTask(audit.state, 'acknowledge-contact');
    return { audit, task, due: Date.parse(task.dueAt) };
  }

  it('opens the contact task for the auditee representative, due after the configured time', () => {
    const { audit, task } = newAuditWithContactTask();
    expect(task).toMatchObject({ id: 'T-1', assignee: P.auditeeRepresentative.email, role: 'auditee-representative', dueVersion: 1, state: 'open' });
    expect(Date.parse(task.dueAt) - Date.parse(audit.state.createdAt)).toBe(5 * DAY);
  });

  it('wakes up first for the one reminder that fits before the due date', () => {
    const { audit, due } = newAuditWithContactTask();
    expect(nextAuditWakeUp(audit.state)).toBe(due - DAY);
  });

  it('changes nothing, and returns the very same state, when nothing is due', () => {
    const { audit, due } = newAuditWithContactTask();
    const outcome = tickAuditClock(audit.state, new Date(due - DAY - 1).toISOString());
    expect(outcome.state).toBe(audit.state);
    expect(outcome.events).toEqual([]);
  });

  it('reminds, marks overdue and climbs the ladder to the auditee manager, the programme manager and the compliance lead', () => {
    const { audit, due } = newAuditWithContactTask();

    expect(intents(tickAt(audit, due - DAY))).toEqual([
      expect.objectContaining({ kind: 'task-reminder', key: 'T-1:reminder:1:P1D', to: [P.auditeeRepresentative.email] }),
    ]);
    expect(nextAuditWakeUp(audit.state)).toBe(due);

    const atDue = tickAt(audit, due);
    expect(atDue.map((event) => event.type)).toEqual(['task.overdue', 'task.escalated']);
    expect(intents(atDue)).toEqual([
      expect.objectContaining({ kind: 'task-overdue', key: 'T-1:escalation:1:0', to: [P.auditeeRepresentative.email], cc: [P.auditeeManager.email] }),
    ]);
    expect(activeTask(audit.state, 'acknowledge-contact').state).toBe('overdue');
    expect(nextAuditWakeUp(audit.state)).toBe(due + 7 * DAY);

    expect(intents(tickAt(audit, due + 7 * DAY))).toEqual([
      expect.objectContaining({ kind: 'task-escalated', key: 'T-1:escalation:1:1', to: [P.programmeManager.email] }),
    ]);
    expect(intents(tickAt(audit, due + 14 * DAY))).toEqual([
      expect.objectContaining({ kind: 'task-escalated', key: 'T-1:escalation:1:2', to: [P.complianceLead.email] }),
    ]);
    expect(nextAuditWakeUp(audit.state)).toBeUndefined();
  });

  it('after a long gap, skips the outdated reminder silently and does not repeat what was sent', () => {
    const { audit, due } = newAuditWithContactTask();
    const events = tickAt(audit, due + 1);
    expect(events.map((event) => event.type)).toEqual(['task.overdue', 'task.escalated']);
    expect(activeTask(audit.state, 'acknowledge-contact').remindersSent).toEqual(['1:P1D']);
    expect(tickAt(audit, due + 2)).toEqual([]);
  });

  it('stops the clock of a task once it is done and runs the clock of the next one', async () => {
    const { audit, due } = newAuditWithContactTask();
    tickAt(audit, due + 1);
    await act(audit, 'acknowledgeContact', as.rep, { channels: ['e-mail'], confidentialityAgreed: true });

    const contact = audit.state.tasks.find((task) => task.kind === 'acknowledge-contact')!;
    expect(contact.state).toBe('done');
    const feasibility = activeTask(audit.state, 'decide-feasibility');
    expect(feasibility.assignee).toBe(P.teamLeader.email);
    // 5 days to decide: the 7-day reminder does not fit, the 1-day one does.
    expect(nextAuditWakeUp(audit.state)).toBe(Date.parse(feasibility.dueAt) - DAY);

    const events = tickAt(audit, Date.parse(feasibility.dueAt) + 7 * DAY);
    expect(new Set(events.map((event) => event.subjectId))).toEqual(new Set([feasibility.id]));
    // The team leader's own overdue task goes to the leader, copied to the programme manager.
    expect(intents(events).find((intent) => intent.key === `${feasibility.id}:escalation:1:0`)).toMatchObject({
      to: [P.teamLeader.email],
      cc: [P.programmeManager.email],
    });
  });

  it('has nothing to wake up for once the audit is cancelled', async () => {
    const { audit } = newAuditWithContactTask();
    await act(audit, 'cancelAudit', as.pm, { reason: 'Reorganisation' });
    expect(nextAuditWakeUp(audit.state)).toBeUndefined();
    expect(tickAt(audit, audit.clock + 365 * DAY)).toEqual([]);
  });
});
