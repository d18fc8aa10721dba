import { AuditSettings, DEFAULT_AUDIT_SETTINGS, meetingUid, NotificationIntent, pendingMoments } from '@auditflow/domain';
import { InMemoryAudit } from '../../support/in-memory-audit';
import { act, activeTask, activeTasks, auditInPreparing, OPENING, refuse, taskById, tickAt } from './support/audit-driver';
import { as, DAY, expectRejection, intents, P } from './support/fixtures';

function invitation(events: Parameters<typeof intents>[0]): NotificationIntent {
  const found = intents(events).filter((intent) => intent.kind === 'meeting-invitation' || intent.kind === 'meeting-cancellation');
  expect(found).toHaveLength(1);
  return found[0]!;
}

async function withOpeningMeeting(settings?: AuditSettings): Promise<{ audit: InMemoryAudit; scheduled: NotificationIntent }> {
  const audit = await auditInPreparing(settings);
  const scheduled = invitation(await act(audit, 'scheduleMeeting', as.lead, OPENING));
  return { audit, scheduled };
}

/** The settings of an audit launched before attending a meeting became an appointment: it keeps its old clock. */
const LAUNCHED_BEFORE_APPOINTMENTS: AuditSettings = { ...DEFAULT_AUDIT_SETTINGS, meetingAttendanceIsAppointment: undefined };

const MOVED = { meetingId: 'M-1', startsAt: '2027-01-19T09:00:00Z', endsAt: '2027-01-19T10:30:00Z' };

describe('meetings and calendar invitations (6.4.3)', () => {
  describe('scheduling', () => {
    it('sends a REQUEST invitation with a stable uid, sequence 0, the team leader as organizer and attendees with roles', async () => {
      const { audit, scheduled } = await withOpeningMeeting();
      const uid = meetingUid(audit.state.definition.auditId, 'M-1');
      const attendees = [
        { email: P.teamLeader.email, name: P.teamLeader.name, role: 'chair' },
        { email: P.auditor.email, name: P.auditor.name, role: 'required' },
        { email: P.secondAuditor.email, name: P.secondAuditor.name, role: 'required' },
        { ...P.auditeeRepresentative, role: 'required' },
        { ...P.auditeeManager, role: 'optional' },
      ];

      expect(uid).toBe(`M-1.${audit.state.definition.auditId}@auditflow`);
      expect(scheduled).toMatchObject({ kind: 'meeting-invitation', key: 'M-1:invite:0', to: attendees.map((attendee) => attendee.email), cc: [] });
      expect(scheduled.invite).toEqual({
        method: 'REQUEST',
        uid,
        sequence: 0,
        summary: `Opening meeting: ${audit.state.definition.title}`,
        description: expect.stringContaining('Opening meeting'),
        startsAt: OPENING.startsAt,
        endsAt: OPENING.endsAt,
        timeZone: 'Europe/Berlin',
        location: OPENING.location,
        organizer: { email: P.teamLeader.email, name: P.teamLeader.name },
        attendees,
      });
      expect(audit.state.meetings[0]).toMatchObject({ id: 'M-1', kind: 'opening', status: 'scheduled', sequence: 0 });
    });

    it('asks the auditee to attend, due when the meeting starts', async () => {
      const { audit } = await withOpeningMeeting();
      expect(activeTask(audit.state, 'attend-meeting')).toMatchObject({ assignee: P.auditeeRepresentative.email, subjectId: 'M-1', dueAt: OPENING.startsAt });
    });

    it('invites the attendees given, with "required" as the default role', async () => {
      const audit = await auditInPreparing();
      const attendees = [{ email: 'Guest@Example.org', name: 'Guest' }, { email: P.auditeeManager.email, name: P.auditeeManager.name, role: 'optional' }];
      const sent = invitation(await act(audit, 'scheduleMeeting', as.lead, { ...OPENING, attendees }));
      expect(sent.invite?.attendees).toEqual([
        { email: 'guest@example.org', name: 'Guest', role: 'required' },
        { email: P.auditeeManager.email, name: P.auditeeManager.name, role: 'optional' },
      ]);
      expect(sent.to).toEqual(['guest@example.org', P.auditeeManager.email]);
    });

    it('allows one opening meeting but any number of interviews, which need no attend task', async () => {
      const { audit } = await withOpeningMeeting();
      expectRejection(refuse(audit, 'scheduleMeeting', as.lead, OPENING), 'conflict', 'already scheduled; reschedule it instead');

      const interview = { ...OPENING, kind: 'interview', title: 'Interview with the IAM lead' };
      await act(audit, 'scheduleMeeting', as.lead, interview);
      await act(audit, 'scheduleMeeting', as.lead, interview);
      expect(audit.state.meetings.map((meeting) => [meeting.id, meeting.kind])).toEqual([['M-1', 'opening'], ['M-2', 'interview'], ['M-3', 'interview']]);
      expect(activeTasks(audit.state, 'attend-meeting').map((task) => task.subjectId)).toEqual(['M-1']);
    });

    it('refuses a meeting that ends before it starts', async () => {
      const audit = await auditInPreparing();
      expectRejection(refuse(audit, 'scheduleMeeting', as.lead, { ...OPENING, endsAt: OPENING.startsAt }), 'invalid', 'must be after startsAt', 'endsAt');
    });
  });

  describe('rescheduling', () => {
    it('sends an updated REQUEST with the same uid and a higher sequence', async () => {
      const { audit, scheduled } = await withOpeningMeeting();
      const moved = invitation(await act(audit, 'rescheduleMeeting', as.lead, MOVED));

      expect(moved).toMatchObject({ kind: 'meeting-invitation', key: 'M-1:invite:1' });
      expect(moved.invite).toMatchObject({ method: 'REQUEST', uid: scheduled.invite!.uid, sequence: 1, startsAt: MOVED.startsAt, endsAt: MOVED.endsAt, location: OPENING.location });
      const again = invitation(await act(audit, 'rescheduleMeeting', as.lead, { ...MOVED, location: 'Room 2' }));
      expect(again.invite).toMatchObject({ uid: scheduled.invite!.uid, sequence: 2, location: 'Room 2' });
      expect(audit.state.meetings[0]!.sequence).toBe(2);
    });

    it('reminds the auditee before the meeting and never tells anyone they are late for it while it may be going on', async () => {
      const { audit } = await withOpeningMeeting();
      const attend = activeTask(audit.state, 'attend-meeting');
      expect(pendingMoments(attend, audit.state.settings).map((moment) => moment.kind)).toEqual(['reminder', 'reminder']);
      const events = [...tickAt(audit, Date.parse(OPENING.startsAt) - DAY / 2), ...tickAt(audit, Date.parse(OPENING.startsAt) + 30 * DAY)];
      expect(intents(events).filter((intent) => intent.taskId === attend.id).map((intent) => intent.kind)).toEqual(['task-reminder']);
      expect(taskById(audit.state, attend.id)).toMatchObject({ state: 'open', escalationLevel: 0 });
      expect(pendingMoments(taskById(audit.state, attend.id), audit.state.settings)).toEqual([]);
    });

    it('keeps the old clock for an audit launched before that rule: overdue and escalated at the start', async () => {
      const { audit } = await withOpeningMeeting(LAUNCHED_BEFORE_APPOINTMENTS);
      const attend = activeTask(audit.state, 'attend-meeting');
      const events = tickAt(audit, Date.parse(OPENING.startsAt) + DAY);
      expect(intents(events).filter((intent) => intent.taskId === attend.id).map((intent) => intent.kind)).toEqual(['task-overdue']);
      expect(taskById(audit.state, attend.id)).toMatchObject({ state: 'overdue', escalationLevel: 1 });
    });

    it('moves the attend task with the meeting: new due date and version, clock re-armed, escalation reset', async () => {
      const { audit } = await withOpeningMeeting(LAUNCHED_BEFORE_APPOINTMENTS);
      const attend = activeTask(audit.state, 'attend-meeting');
      tickAt(audit, Date.parse(OPENING.startsAt) + DAY);
      expect(taskById(audit.state, attend.id)).toMatchObject({ state: 'overdue', escalationLevel: 1 });

      const events = await act(audit, 'rescheduleMeeting', as.lead, { ...MOVED, startsAt: '2027-02-15T09:00:00Z', endsAt: '2027-02-15T10:00:00Z' });
      const task = taskById(audit.state, attend.id);
      expect(task).toMatchObject({ dueAt: '2027-02-15T09:00:00Z', dueVersion: 2, state: 'open', escalationLevel: 0 });
      expect(Date.parse(task.armedAt)).toBe(audit.clock);
      expect(events.find((event) => event.type === 'task.due-changed')).toMatchObject({ subjectId: attend.id, data: { dueAt: '2027-02-15T09:00:00Z' } });
      expect(pendingMoments(task, audit.state.settings).find((moment) => moment.kind === 'reminder')).toMatchObject({ key: '2:P7D' });
    });

    it('refuses an unknown meeting, a cancelled one, and an end before the start', async () => {
      const { audit } = await withOpeningMeeting();
      expectRejection(refuse(audit, 'rescheduleMeeting', as.lead, { ...MOVED, meetingId: 'M-7' }), 'not-found', 'M-7');
      expectRejection(refuse(audit, 'rescheduleMeeting', as.lead, { ...MOVED, endsAt: MOVED.startsAt }), 'invalid', undefined, 'endsAt');
      await act(audit, 'cancelMeeting', as.lead, { meetingId: 'M-1', reason: 'Moved online' });
      expectRejection(refuse(audit, 'rescheduleMeeting', as.lead, MOVED), 'conflict', 'meeting M-1 is cancelled');
    });
  });

  describe('cancelling', () => {
    it('sends a CANCEL with the same uid and a higher sequence, and cancels the attend task', async () => {
      const { audit, scheduled } = await withOpeningMeeting();
      await act(audit, 'rescheduleMeeting', as.lead, MOVED);
      const attend = activeTask(audit.state, 'attend-meeting');
      const cancelled = invitation(await act(audit, 'cancelMeeting', as.lead, { meetingId: 'M-1', reason: 'Auditee unavailable' }));

      expect(cancelled).toMatchObject({ kind: 'meeting-cancellation', key: 'M-1:cancel:2', data: { reason: 'Auditee unavailable' } });
      expect(cancelled.invite).toMatchObject({ method: 'CANCEL', uid: scheduled.invite!.uid, sequence: 2, description: 'Cancelled: Auditee unavailable', startsAt: MOVED.startsAt });
      expect(cancelled.to).toEqual(scheduled.to);
      expect(audit.state.meetings[0]).toMatchObject({ status: 'cancelled', sequence: 2 });
      expect(taskById(audit.state, attend.id).state).toBe('cancelled');
    });

    it('happens once', async () => {
      const { audit } = await withOpeningMeeting();
      await act(audit, 'cancelMeeting', as.lead, { meetingId: 'M-1', reason: 'x' });
      expectRejection(refuse(audit, 'cancelMeeting', as.lead, { meetingId: 'M-1', reason: 'x' }), 'conflict', 'is cancelled');
    });

    it('frees the slot for a new meeting of that kind, with a new uid', async () => {
      const { audit, scheduled } = await withOpeningMeeting();
      await act(audit, 'cancelMeeting', as.lead, { meetingId: 'M-1', reason: 'x' });
      const replacement = invitation(await act(audit, 'scheduleMeeting', as.lead, OPENING));
      expect(replacement.invite).toMatchObject({ sequence: 0, method: 'REQUEST' });
      expect(replacement.invite!.uid).not.toBe(scheduled.invite!.uid);
    });
  });

  it('is for the team leader only', async () => {
    const { audit } = await withOpeningMeeting();
    expectRejection(refuse(audit, 'rescheduleMeeting', as.auditor, MOVED), 'forbidden');
    expectRejection(refuse(audit, 'cancelMeeting', as.pm, { meetingId: 'M-1', reason: 'x' }), 'forbidden');
  });
});
