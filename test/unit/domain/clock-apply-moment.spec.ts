import { applyMoment, Change, DEFAULT_AUDIT_SETTINGS, dueMoments, Task, TaskHolder, TaskPeople } from '@auditflow/domain';
import { DAY, intents, iso, makeTask } from './support/fixtures';

const people: TaskPeople = {
  programmeManager: 'pm@auditflow.example',
  complianceLead: 'compliance@auditflow.example',
  teamLeader: 'lead@auditflow.example',
  auditeeManager: 'manager@auditee.example',
};
const settings = DEFAULT_AUDIT_SETTINGS;
const DUE = Date.parse('2027-03-11T00:00:00Z');
const auditeeTask = makeTask({ id: 'T-7', assignee: 'rep@auditee.example', role: 'auditee-representative', dueAt: iso(DUE), armedAt: iso(DUE - 10 * DAY) });

function holding(...tasks: Task[]): Change<TaskHolder> {
  return new Change<TaskHolder>({ tasks, counters: {} }, iso(DUE));
}

/** Fires every moment due at `now` on a fresh Change, as the workflows' tick does. */
function tick(tasks: Task[], now: number): Change<TaskHolder> {
  const change = new Change<TaskHolder>({ tasks, counters: {} }, iso(now));
  for (const moment of dueMoments(change.state.tasks, settings, now)) applyMoment(change, moment, settings, people);
  return change;
}

describe('applying clock moments to a task', () => {
  describe('a reminder', () => {
    it('notifies the assignee with a key made of task id, due version and lead time, and remembers it was sent', () => {
      const change = holding(auditeeTask);
      applyMoment(change, { kind: 'reminder', taskId: 'T-7', at: DUE - 7 * DAY, leadTime: 'P7D', key: '1:P7D' }, settings, people);

      expect(change.state.tasks[0]!.remindersSent).toEqual(['1:P7D']);
      expect(change.events).toHaveLength(1);
      expect(change.events[0]).toMatchObject({ type: 'task.reminded', subjectId: 'T-7', data: { leadTime: 'P7D' } });
      expect(intents(change.events)).toEqual([
        expect.objectContaining({ kind: 'task-reminder', key: 'T-7:reminder:1:P7D', to: ['rep@auditee.example'], cc: [], taskId: 'T-7' }),
      ]);
      expect(intents(change.events)[0]!.data).toMatchObject({ taskId: 'T-7', dueAt: iso(DUE), leadTime: 'P7D' });
    });

    it('when superseded, is only marked sent: no event, no notification', () => {
      const change = holding(auditeeTask);
      applyMoment(change, { kind: 'reminder', taskId: 'T-7', at: DUE - 7 * DAY, leadTime: 'P7D', key: '1:P7D', superseded: true }, settings, people);

      expect(change.state.tasks[0]!.remindersSent).toEqual(['1:P7D']);
      expect(change.events).toEqual([]);
    });

    it('carries the due version in its key, so a moved due date reminds again under a new key', () => {
      const moved = { ...auditeeTask, dueVersion: 2, remindersSent: ['1:P1D'] };
      const change = tick([moved], DUE - DAY);
      expect(intents(change.events).map((intent) => intent.key)).toEqual(['T-7:reminder:2:P1D']);
    });
  });

  describe('the due date passing', () => {
    it('marks the task overdue without a notification of its own', () => {
      const change = holding(auditeeTask);
      applyMoment(change, { kind: 'overdue', taskId: 'T-7', at: DUE }, settings, people);

      expect(change.state.tasks[0]!.state).toBe('overdue');
      expect(change.events.map((event) => event.type)).toEqual(['task.overdue']);
      expect(intents(change.events)).toEqual([]);
    });
  });

  describe('the escalation ladder', () => {
    it('fires the rungs in order, each to the configured people, raising the escalation level', () => {
      const afterRung0 = tick([{ ...auditeeTask, remindersSent: ['1:P7D', '1:P1D'] }], DUE);
      expect(afterRung0.state.tasks[0]).toMatchObject({ state: 'overdue', escalationLevel: 1 });
      expect(intents(afterRung0.events)).toEqual([
        expect.objectContaining({ kind: 'task-overdue', key: 'T-7:escalation:1:0', to: ['rep@auditee.example'], cc: ['manager@auditee.example'] }),
      ]);

      const afterRung1 = tick(afterRung0.state.tasks, DUE + 7 * DAY);
      expect(afterRung1.state.tasks[0]!.escalationLevel).toBe(2);
      expect(intents(afterRung1.events)).toEqual([
        expect.objectContaining({ kind: 'task-escalated', key: 'T-7:escalation:1:1', to: ['pm@auditflow.example'], cc: [] }),
      ]);

      const afterRung2 = tick(afterRung1.state.tasks, DUE + 14 * DAY);
      expect(afterRung2.state.tasks[0]!.escalationLevel).toBe(3);
      expect(intents(afterRung2.events)).toEqual([
        expect.objectContaining({ kind: 'task-escalated', key: 'T-7:escalation:1:2', to: ['compliance@auditflow.example'], cc: [] }),
      ]);

      expect(tick(afterRung2.state.tasks, DUE + 60 * DAY).events).toEqual([]);
    });

    it('records the level and the recipients on the timeline', () => {
      const change = tick([auditeeTask], DUE + 7 * DAY);
      const escalations = change.events.filter((event) => event.type === 'task.escalated');
      expect(escalations.map((event) => event.data)).toEqual([
        expect.objectContaining({ level: 1, to: ['rep@auditee.example'], cc: ['manager@auditee.example'] }),
        expect.objectContaining({ level: 2, to: ['pm@auditflow.example'], cc: [] }),
      ]);
    });

    it("sends a team leader's overdue task to the leader with the programme manager in copy", () => {
      const leaderTask = makeTask({ id: 'T-3', kind: 'issue-plan', assignee: people.teamLeader, role: 'team-leader', dueAt: iso(DUE), armedAt: iso(DUE - DAY) });
      expect(intents(tick([leaderTask], DUE).events)).toEqual([
        expect.objectContaining({ key: 'T-3:escalation:1:0', to: [people.teamLeader], cc: [people.programmeManager] }),
      ]);
    });

    it("sends an auditor's overdue task to the auditor with the team leader in copy", () => {
      const auditorTask = makeTask({ id: 'T-4', kind: 'verify-effectiveness', assignee: 'auditor@auditflow.example', role: 'auditor', dueAt: iso(DUE), armedAt: iso(DUE - DAY) });
      expect(intents(tick([auditorTask], DUE).events)).toEqual([
        expect.objectContaining({ to: ['auditor@auditflow.example'], cc: [people.teamLeader] }),
      ]);
    });

    it('never copies someone who is already a recipient', () => {
      const ladder = [{ after: 'PT0S', notify: ['team-leader' as const], cc: ['assignee-manager' as const, 'team-leader' as const] }];
      const auditorTask = makeTask({ id: 'T-4', assignee: 'auditor@auditflow.example', role: 'auditor', dueAt: iso(DUE) });
      const change = holding(auditorTask);
      applyMoment(change, { kind: 'escalation', taskId: 'T-4', at: DUE, rung: 0 }, { escalationLadder: ladder }, people);
      expect(intents(change.events)[0]).toMatchObject({ to: [people.teamLeader], cc: [] });
    });

    it('ignores a rung the ladder does not have', () => {
      const change = holding(auditeeTask);
      applyMoment(change, { kind: 'escalation', taskId: 'T-7', at: DUE, rung: 9 }, settings, people);
      expect(change.state.tasks[0]).toBe(auditeeTask);
      expect(change.events).toEqual([]);
    });
  });

  it.each(['done', 'cancelled'] as const)('does nothing for a %s task or an unknown task', (state) => {
    const closed = { ...auditeeTask, state };
    const change = holding(closed);
    applyMoment(change, { kind: 'overdue', taskId: 'T-7', at: DUE }, settings, people);
    applyMoment(change, { kind: 'escalation', taskId: 'T-7', at: DUE, rung: 0 }, settings, people);
    applyMoment(change, { kind: 'reminder', taskId: 'T-99', at: DUE, leadTime: 'P1D', key: '1:P1D' }, settings, people);
    expect(change.state.tasks).toEqual([closed]);
    expect(change.events).toEqual([]);
  });

  it('after a long outage fires everything owed once, in order, and the outdated reminders are skipped silently', () => {
    const change = tick([auditeeTask], DUE + 7 * DAY);
    expect(change.events.map((event) => event.type)).toEqual(['task.overdue', 'task.escalated', 'task.escalated']);
    expect(change.state.tasks[0]).toMatchObject({ remindersSent: ['1:P7D', '1:P1D'], escalationLevel: 2, state: 'overdue' });
    expect(intents(change.events).map((intent) => intent.key)).toEqual(['T-7:escalation:1:0', 'T-7:escalation:1:1']);
    // A second tick at the same moment owes nothing: the state remembers what was done.
    expect(tick(change.state.tasks, DUE + 7 * DAY).events).toEqual([]);
  });
});
