import { ClockMoment, DEFAULT_AUDIT_SETTINGS, dueMoments, nextMomentAt, pendingMoments, reminderKey } from '@auditflow/domain';
import { DAY, HOUR, iso, makeTask } from './support/fixtures';

// Default clock: reminders 7 days and 1 day ahead; ladder at due (+0), due + 7 days, due + 14 days.
const settings = DEFAULT_AUDIT_SETTINGS;
const ARMED = Date.parse('2027-03-01T00:00:00Z');
const DUE = ARMED + 10 * DAY;
const task = makeTask({ armedAt: iso(ARMED), createdAt: iso(ARMED), dueAt: iso(DUE) });

const summary = (moments: readonly ClockMoment[]) =>
  moments.map((moment) => {
    const offset = (moment.at - DUE) / DAY;
    if (moment.kind === 'reminder') return `reminder ${moment.leadTime} @${offset}d`;
    if (moment.kind === 'overdue') return `overdue @${offset}d`;
    return `rung ${moment.rung} @${offset}d`;
  });

describe('task clock schedule', () => {
  describe('pendingMoments', () => {
    it('lists reminders at due minus each lead time, the overdue mark at due, then every escalation rung, in time order', () => {
      expect(summary(pendingMoments(task, settings))).toEqual([
        'reminder P7D @-7d',
        'reminder P1D @-1d',
        'overdue @0d',
        'rung 0 @0d',
        'rung 1 @7d',
        'rung 2 @14d',
      ]);
    });

    it('keys reminders by due version and lead time', () => {
      const reminders = pendingMoments(task, settings).filter((moment) => moment.kind === 'reminder');
      expect(reminders.map((moment) => moment.key)).toEqual(['1:P7D', '1:P1D']);
      expect(reminderKey({ ...task, dueVersion: 3 }, 'P1D')).toBe('3:P1D');
    });

    it('orders lead times by time, whatever their order in the settings', () => {
      const moments = pendingMoments(task, { ...settings, reminderLeadTimes: ['P1D', 'P7D'] });
      expect(summary(moments).slice(0, 2)).toEqual(['reminder P7D @-7d', 'reminder P1D @-1d']);
    });

    it('skips a lead time longer than the time left when the due date was set', () => {
      const short = makeTask({ armedAt: iso(DUE - 5 * DAY), dueAt: iso(DUE) });
      expect(summary(pendingMoments(short, settings)).filter((line) => line.startsWith('reminder'))).toEqual(['reminder P1D @-1d']);
    });

    it('skips a lead time exactly as long as the time left, and reminders at or after the due date', () => {
      const exact = makeTask({ armedAt: iso(DUE - 7 * DAY), dueAt: iso(DUE) });
      expect(summary(pendingMoments(exact, settings)).filter((line) => line.startsWith('reminder'))).toEqual(['reminder P1D @-1d']);
      const zeroLead = pendingMoments(task, { ...settings, reminderLeadTimes: ['PT0S'] });
      expect(zeroLead.filter((moment) => moment.kind === 'reminder')).toEqual([]);
    });

    it('leaves out reminders already sent for this due version, but not those of an earlier version', () => {
      const sent = { ...task, remindersSent: ['1:P7D'] };
      expect(pendingMoments(sent, settings).filter((moment) => moment.kind === 'reminder').map((moment) => moment.key)).toEqual(['1:P1D']);

      const moved = { ...task, dueVersion: 2, remindersSent: ['1:P7D', '1:P1D'] };
      expect(pendingMoments(moved, settings).filter((moment) => moment.kind === 'reminder').map((moment) => moment.key)).toEqual(['2:P7D', '2:P1D']);
    });

    it('no longer marks an overdue task overdue, but keeps its remaining rungs', () => {
      const overdue = { ...task, state: 'overdue' as const, escalationLevel: 1, remindersSent: ['1:P7D', '1:P1D'] };
      expect(summary(pendingMoments(overdue, settings))).toEqual(['rung 1 @7d', 'rung 2 @14d']);
    });

    it('has nothing left once every rung has fired', () => {
      const exhausted = { ...task, state: 'overdue' as const, escalationLevel: 3, remindersSent: ['1:P7D', '1:P1D'] };
      expect(pendingMoments(exhausted, settings)).toEqual([]);
    });

    it.each(['done', 'cancelled'] as const)('has nothing pending for a %s task', (state) => {
      expect(pendingMoments({ ...task, state }, settings)).toEqual([]);
    });

    describe('while an extension request is pending', () => {
      const extension = { requestedBy: task.assignee, requestedAt: iso(ARMED + DAY), requestedDueAt: iso(DUE + 5 * DAY), reason: 'Holidays', decisionTaskId: 'T-2' };

      it('pauses the task clock when the setting says so', () => {
        expect(pendingMoments({ ...task, extension }, { ...settings, pauseClockWhileExtensionPending: true })).toEqual([]);
      });

      it('keeps the clock running when the setting is off', () => {
        expect(pendingMoments({ ...task, extension }, { ...settings, pauseClockWhileExtensionPending: false })).toEqual(pendingMoments(task, settings));
      });
    });
  });

  describe('nextMomentAt', () => {
    it('is the earliest pending moment across tasks', () => {
      const later = makeTask({ id: 'T-2', armedAt: iso(ARMED), dueAt: iso(DUE + 3 * DAY) });
      const sooner = makeTask({ id: 'T-3', armedAt: iso(ARMED), dueAt: iso(DUE - 2 * DAY) });
      expect(nextMomentAt([later, task, sooner], settings)).toBe(DUE - 2 * DAY - 7 * DAY);
    });

    it('skips closed and paused tasks', () => {
      const done = makeTask({ id: 'T-2', armedAt: iso(ARMED), dueAt: iso(ARMED + DAY), state: 'done' });
      const paused = makeTask({
        id: 'T-3',
        armedAt: iso(ARMED),
        dueAt: iso(ARMED + 2 * DAY),
        extension: { requestedBy: 'x@y.example', requestedAt: iso(ARMED), requestedDueAt: iso(ARMED + 9 * DAY), reason: 'r', decisionTaskId: 'T-4' },
      });
      expect(nextMomentAt([done, paused, task], settings)).toBe(DUE - 7 * DAY);
    });

    it('is undefined when nothing is pending', () => {
      expect(nextMomentAt([], settings)).toBeUndefined();
      expect(nextMomentAt([{ ...task, state: 'done' }, { ...task, id: 'T-2', state: 'cancelled' }], settings)).toBeUndefined();
    });
  });

  describe('dueMoments', () => {
    it('returns nothing before the first moment', () => {
      expect(dueMoments([task], settings, DUE - 7 * DAY - 1)).toEqual([]);
    });

    it('returns a moment exactly at its time, not superseded when it is the only one due', () => {
      expect(dueMoments([task], settings, DUE - 7 * DAY)).toEqual([
        { kind: 'reminder', taskId: 'T-1', at: DUE - 7 * DAY, leadTime: 'P7D', key: '1:P7D', superseded: false },
      ]);
    });

    it('after a long gap marks reminders superseded when a later moment of the same task is also due', () => {
      const due = dueMoments([task], settings, DUE - HOUR);
      expect(due.map((moment) => [moment.kind, moment.superseded])).toEqual([
        ['reminder', true],
        ['reminder', false],
      ]);

      const pastDue = dueMoments([task], settings, DUE + HOUR);
      expect(pastDue.map((moment) => [moment.kind, moment.superseded])).toEqual([
        ['reminder', true],
        ['reminder', true],
        ['overdue', false],
        ['escalation', false],
      ]);
    });

    it('never supersedes a reminder because of another task', () => {
      const other = makeTask({ id: 'T-2', armedAt: iso(ARMED), dueAt: iso(DUE - 9 * DAY) });
      const due = dueMoments([task, other], settings, DUE - 7 * DAY);
      const reminderOfTask = due.find((moment) => moment.taskId === 'T-1' && moment.kind === 'reminder');
      expect(reminderOfTask?.superseded).toBe(false);
      expect(due.filter((moment) => moment.taskId === 'T-2').map((moment) => moment.kind)).toEqual(['overdue', 'escalation']);
    });

    it('orders moments of several tasks oldest first', () => {
      const other = makeTask({ id: 'T-2', armedAt: iso(ARMED), dueAt: iso(DUE - 9 * DAY) });
      const due = dueMoments([task, other], settings, DUE + 8 * DAY);
      const times = due.map((moment) => moment.at);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(due[0]).toMatchObject({ taskId: 'T-2', kind: 'overdue' });
    });
  });
});
