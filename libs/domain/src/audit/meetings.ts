import { CalendarInvite } from '../notifications';
import { conflict, ensure, invalid, notFound } from '../rejection';
import { ActionHandlers, AuditChange } from './change';
import { teamLeader } from './people';
import { Meeting, MeetingAttendee } from './state';

type MeetingActions = 'scheduleMeeting' | 'rescheduleMeeting' | 'cancelMeeting';

export const meetingHandlers: ActionHandlers<MeetingActions> = {
  scheduleMeeting(change, payload) {
    const { state } = change;
    ensure(Date.parse(payload.endsAt) > Date.parse(payload.startsAt), () => invalid('endsAt', 'must be after startsAt'));
    if (payload.kind !== 'interview') {
      ensure(!state.meetings.some((meeting) => meeting.kind === payload.kind && meeting.status !== 'cancelled'), () =>
        conflict(`the ${payload.kind} meeting is already scheduled; reschedule it instead`),
      );
    }
    const leader = teamLeader(state);
    const attendees: MeetingAttendee[] = payload.attendees.length > 0 ? payload.attendees : defaultAttendees(change);
    const meeting: Meeting = {
      id: change.nextId('M'),
      kind: payload.kind,
      title: payload.title ?? `${capitalise(payload.kind)} meeting: ${state.definition.title}`,
      startsAt: payload.startsAt,
      endsAt: payload.endsAt,
      timeZone: payload.timeZone,
      location: payload.location,
      organizer: { email: leader.email, name: leader.name },
      attendees,
      sequence: 0,
      status: 'scheduled',
    };
    change.update({ meetings: [...state.meetings, meeting] });
    change.record({
      type: 'meeting.scheduled',
      summary: `${meeting.title} scheduled for ${meeting.startsAt} at ${meeting.location}`,
      subjectId: meeting.id,
      notify: [inviteNotification(change, meeting, 'REQUEST')],
    });
    if (meeting.kind !== 'interview') {
      change.openTask({
        kind: 'attend-meeting',
        title: `Attend the ${meeting.kind} meeting`,
        assignee: state.definition.auditee.representative.email,
        role: 'auditee-representative',
        subjectId: meeting.id,
        dueAt: meeting.startsAt,
      });
    }
  },

  rescheduleMeeting(change, payload) {
    const meeting = scheduledMeeting(change, payload.meetingId);
    ensure(Date.parse(payload.endsAt) > Date.parse(payload.startsAt), () => invalid('endsAt', 'must be after startsAt'));
    const moved: Meeting = { ...meeting, startsAt: payload.startsAt, endsAt: payload.endsAt, location: payload.location ?? meeting.location, sequence: meeting.sequence + 1 };
    change.update({ meetings: change.state.meetings.map((candidate) => (candidate.id === meeting.id ? moved : candidate)) });
    change.record({
      type: 'meeting.rescheduled',
      summary: `${meeting.title} moved to ${moved.startsAt} at ${moved.location}`,
      subjectId: meeting.id,
      notify: [inviteNotification(change, moved, 'REQUEST')],
    });
    // Deadlines that hang on the meeting move with it.
    for (const task of change.activeTasks((candidate) => candidate.kind === 'attend-meeting' && candidate.subjectId === meeting.id)) {
      change.patchTask(task.id, { dueAt: moved.startsAt, dueVersion: task.dueVersion + 1, armedAt: change.now, escalationLevel: 0, state: 'open' });
      change.record({ type: 'task.due-changed', summary: `"${task.title}" now due ${moved.startsAt}`, subjectId: task.id, data: { dueAt: moved.startsAt } });
    }
  },

  cancelMeeting(change, payload) {
    const meeting = scheduledMeeting(change, payload.meetingId);
    const cancelled: Meeting = { ...meeting, status: 'cancelled', sequence: meeting.sequence + 1 };
    change.update({ meetings: change.state.meetings.map((candidate) => (candidate.id === meeting.id ? cancelled : candidate)) });
    change.record({
      type: 'meeting.cancelled',
      summary: `${meeting.title} cancelled: ${payload.reason}`,
      subjectId: meeting.id,
      notify: [inviteNotification(change, cancelled, 'CANCEL', payload.reason)],
    });
    change.closeTasks((task) => task.kind === 'attend-meeting' && task.subjectId === meeting.id, 'cancelled');
  },
};

function scheduledMeeting(change: AuditChange, meetingId: string): Meeting {
  const meeting = change.state.meetings.find((candidate) => candidate.id === meetingId);
  ensure(meeting, () => notFound(`meeting ${meetingId} does not exist`));
  ensure(meeting.status === 'scheduled', () => conflict(`meeting ${meetingId} is ${meeting.status}`));
  return meeting;
}

function defaultAttendees(change: AuditChange): MeetingAttendee[] {
  const { state } = change;
  const leader = teamLeader(state);
  const team = state.team.filter((member) => member.email !== leader.email).map((member) => ({ email: member.email, name: member.name, role: 'required' as const }));
  const auditee = state.definition.auditee;
  return [{ email: leader.email, name: leader.name, role: 'chair' }, ...team, { ...auditee.representative, role: 'required' }, { ...auditee.manager, role: 'optional' }];
}

export function meetingUid(auditId: string, meetingId: string): string {
  return `${meetingId}.${auditId}@auditflow`;
}

/**
 * The calendar object of a meeting: what the invitation mails carry and what the web app's "add to calendar" download
 * is, with the same UID and SEQUENCE, so a calendar that has one merges the other.
 */
export function meetingInvite(audit: { auditId: string; title: string }, meeting: Meeting, method: CalendarInvite['method'], reason?: string): CalendarInvite {
  return {
    method,
    uid: meetingUid(audit.auditId, meeting.id),
    sequence: meeting.sequence,
    summary: meeting.title,
    description: reason ? `Cancelled: ${reason}` : `${capitalise(meeting.kind)} meeting of the audit "${audit.title}" (ISO/IEC 27001).`,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    timeZone: meeting.timeZone,
    location: meeting.location,
    organizer: meeting.organizer,
    attendees: meeting.attendees,
  };
}

function inviteNotification(change: AuditChange, meeting: Meeting, method: CalendarInvite['method'], reason?: string) {
  const invite = meetingInvite(change.state.definition, meeting, method, reason);
  return {
    kind: method === 'CANCEL' ? ('meeting-cancellation' as const) : ('meeting-invitation' as const),
    key: `${meeting.id}:${method === 'CANCEL' ? 'cancel' : 'invite'}:${meeting.sequence}`,
    to: meeting.attendees.map((attendee) => attendee.email),
    cc: [],
    data: { meetingTitle: meeting.title, startsAt: meeting.startsAt, endsAt: meeting.endsAt, location: meeting.location, timeZone: meeting.timeZone, sequence: meeting.sequence, reason },
    invite,
  };
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
