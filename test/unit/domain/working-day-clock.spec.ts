import { AuditSettings, ClockMoment, DEFAULT_AUDIT_SETTINGS, dueMoments, pendingMoments } from '@auditflow/domain';
import { launchSettings } from '@auditflow/domain/launch-calendar';
import { InMemoryAudit, sampleDefinition } from '../../support/in-memory-audit';
import { activeTask, newAudit, START } from './support/audit-driver';
import { as, iso, makeTask, P } from './support/fixtures';

const BAVARIA = { country: 'DE', subdivision: 'BY', timeZone: 'Europe/Berlin' };

const resolved = new Map<string, AuditSettings>();
/** The settings an audit of the Bavarian plant is launched with (resolving holiday data takes a moment: once each). */
function settingsWith(overrides: Parameters<typeof launchSettings>[0] = {}, launchedAt = '2026-03-01T09:00:00Z'): AuditSettings {
  const key = JSON.stringify([overrides, launchedAt]);
  if (!resolved.has(key)) resolved.set(key, launchSettings({ workingCalendar: BAVARIA, ...overrides }, 'Plant Munich', launchedAt));
  return resolved.get(key)!;
}

const times = (moments: readonly ClockMoment[]) =>
  moments.map((moment) => `${moment.kind === 'escalation' ? `rung ${moment.rung}` : moment.kind === 'reminder' ? `reminder ${moment.leadTime}` : 'overdue'} ${iso(moment.at)}`);

describe('the task clock on a working calendar', () => {
  // Wednesday 13 May 2026, 10:00 in Berlin; Thursday 14 May is Ascension Day, a public holiday in Bavaria.
  const dueWednesday = makeTask({ armedAt: '2026-05-01T08:00:00.000Z', createdAt: '2026-05-01T08:00:00.000Z', dueAt: '2026-05-13T08:00:00.000Z' });
  const ladder: AuditSettings['escalationLadder'] = [
    { after: 'PT0S', notify: ['assignee'], cc: [] },
    { after: 'P1D', notify: ['programme-manager'], cc: [] },
  ];

  it('moves an escalation that falls on a public holiday to the start of the next working day, leaving the overdue mark at the due date', () => {
    const moments = pendingMoments(dueWednesday, settingsWith({ escalationLadder: ladder, reminderLeadTimes: ['P4D'] }));
    expect(times(moments)).toEqual([
      // Four days before is Saturday 9 May: the reminder waits for Monday 11 May, 00:00 in Berlin.
      'reminder P4D 2026-05-10T22:00:00.000Z',
      'overdue 2026-05-13T08:00:00.000Z',
      'rung 0 2026-05-13T08:00:00.000Z',
      // A day after the due date is Ascension Day: the escalation waits for Friday 15 May, 00:00 in Berlin.
      'rung 1 2026-05-14T22:00:00.000Z',
    ]);
    // Nothing reaches anyone on the holiday itself.
    expect(dueMoments([{ ...dueWednesday, state: 'overdue', escalationLevel: 1 }], settingsWith({ escalationLadder: ladder, reminderLeadTimes: [] }), Date.parse('2026-05-14T20:00:00Z'))).toEqual([]);
    expect(dueMoments([{ ...dueWednesday, state: 'overdue', escalationLevel: 1 }], settingsWith({ escalationLadder: ladder, reminderLeadTimes: [] }), Date.parse('2026-05-14T22:00:00Z'))).toMatchObject([{ kind: 'escalation', rung: 1 }]);
  });

  it('sends them on the holiday when escalateOnHolidays says so', () => {
    const moments = pendingMoments(dueWednesday, settingsWith({ escalationLadder: ladder, reminderLeadTimes: ['P4D'], escalateOnHolidays: true }));
    expect(times(moments)).toEqual(['reminder P4D 2026-05-09T08:00:00.000Z', 'overdue 2026-05-13T08:00:00.000Z', 'rung 0 2026-05-13T08:00:00.000Z', 'rung 1 2026-05-14T08:00:00.000Z']);
  });

  it('moves nothing in an audit without a calendar (launched before, or a programme without one): elapsed time as ever', () => {
    const moments = pendingMoments(dueWednesday, { ...DEFAULT_AUDIT_SETTINGS, escalationLadder: ladder, reminderLeadTimes: ['P4D'] });
    expect(times(moments)).toEqual(['reminder P4D 2026-05-09T08:00:00.000Z', 'overdue 2026-05-13T08:00:00.000Z', 'rung 0 2026-05-13T08:00:00.000Z', 'rung 1 2026-05-14T08:00:00.000Z']);
  });

  it('drops a reminder that moving off a weekend would put after the due date', () => {
    // Due Sunday 17 May, 12:00 in Berlin; twelve hours before is still Sunday, and Monday comes after the due date.
    const dueSunday = makeTask({ armedAt: '2026-05-01T08:00:00.000Z', dueAt: '2026-05-17T10:00:00.000Z' });
    expect(pendingMoments(dueSunday, settingsWith({ reminderLeadTimes: ['PT12H'], escalationLadder: ladder })).filter((moment) => moment.kind === 'reminder')).toEqual([]);
  });

  it('counts lead times and rungs in working days from the due date, in the zone of the person the task waits on', () => {
    // Due at the end of Friday 15 May in Berlin.
    const dueFriday = makeTask({ armedAt: '2026-05-01T08:00:00.000Z', dueAt: '2026-05-15T21:59:59.999Z' });
    const settings = settingsWith({ reminderLeadTimes: ['2 working days', '1 working day'], escalationLadder: [{ after: 'PT0S', notify: ['assignee'], cc: [] }, { after: '1 working day', notify: ['programme-manager'], cc: [] }] });
    expect(times(pendingMoments(dueFriday, settings))).toEqual([
      // Two working days left from Wednesday 13 May, 00:00 (Thursday is a holiday); one from Friday 00:00.
      'reminder 2 working days 2026-05-12T22:00:00.000Z',
      'reminder 1 working day 2026-05-14T22:00:00.000Z',
      'overdue 2026-05-15T21:59:59.999Z',
      'rung 0 2026-05-15T21:59:59.999Z',
      // The end of the next working day, Monday 18 May.
      'rung 1 2026-05-18T21:59:59.999Z',
    ]);

    // The same task waiting on someone in Auckland: the reminder comes at the start of their Friday (UTC+12).
    const elsewhere = settingsWith({ reminderLeadTimes: ['1 working day'], workingCalendar: { ...BAVARIA, personTimeZones: { [P.auditeeRepresentative.email]: 'Pacific/Auckland' } } });
    expect(times(pendingMoments(dueFriday, elsewhere)).filter((line) => line.startsWith('reminder'))).toEqual(['reminder 1 working day 2026-05-14T12:00:00.000Z']);
  });
});

describe('deadlines in working days in the audit', () => {
  // The sample audit starts on Monday 4 January 2027 at 08:00 UTC; Wednesday 6 January is Epiphany in Bavaria.
  const launchedAt = iso(START);

  it('give a task opened at launch the end of its 10th working day in the auditee unit’s zone', () => {
    const audit = newAudit(settingsWith({ contactAcknowledgementWithin: '10 working days' }, launchedAt));
    // Tue 5, (Epiphany), Thu 7, Fri 8, Mon 11 … Fri 15, Mon 18, Tue 19 January: the end of that day in Berlin (UTC+1).
    expect(activeTask(audit.state, 'acknowledge-contact').dueAt).toBe('2027-01-19T22:59:59.999Z');
  });

  it('count the auditee’s holidays in the time zone of the person who has to act, for tasks the clock opens later too', async () => {
    const settings = settingsWith({ extensionDecisionWithin: '2 working days', workingCalendar: { ...BAVARIA, personTimeZones: { [P.teamLeader.email]: 'Pacific/Auckland' } } }, launchedAt);
    const audit = new InMemoryAudit(sampleDefinition(), settings, START);
    const acknowledge = activeTask(audit.state, 'acknowledge-contact');
    await audit.act('requestExtension', as.rep, { taskId: acknowledge.id, requestedDueAt: '2027-02-01T12:00:00Z', reason: 'The contact person is on leave' });
    // Asked at 21:00 on Monday 4 January in Auckland; the team leader decides there: Tue 5, (Epiphany in Bavaria), Thu 7, ending at UTC+13.
    expect(activeTask(audit.state, 'decide-extension')).toMatchObject({ assignee: P.teamLeader.email, dueAt: '2027-01-07T10:59:59.999Z' });
  });
});
