// Notification intents for every kind, as the domain rules really produce them where that is cheap (task kinds), and
// shaped exactly like their producers elsewhere (audit, report and meeting kinds). Each goes through a JSON round trip,
// as it does through the outbox's jsonb columns, so `undefined` fields disappear just as in production.
import type { CalendarInvite, NotificationIntent, NotificationKind } from '@auditflow/domain';
import { applyMoment, asProgrammeNotifications, Change, decideExtension, DEFAULT_AUDIT_SETTINGS, requestExtension, TaskHolder } from '@auditflow/domain';
import type { OverdueDigestData, RenderableNotification } from '@auditflow/activities/notifications';

export const AUDIT_ID = '6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
export const AUDIT_TITLE = 'ISMS internal audit 2026 <Finance & HR>';
export const PUBLIC_URL = 'https://auditflow.example.org';
export const CREATED_AT = new Date('2026-11-20T08:00:00.000Z');

const people = { programmeManager: 'pm@example.org', complianceLead: 'lead@example.org', teamLeader: 'tl@example.org', auditeeManager: 'mgr@example.org' };

function taskIntents(): NotificationIntent[] {
  const holder: TaskHolder = { tasks: [], counters: {} };
  const intents: NotificationIntent[] = [];
  const collect = (change: Change<TaskHolder>) => {
    intents.push(...change.events.flatMap((event) => event.notify ?? []));
    return change.state;
  };
  const opening = new Change(holder, '2026-11-20T08:00:00.000Z');
  const task = opening.openTask({ kind: 'supply-documents', title: 'Supply the <Statement of Applicability>', assignee: 'rep@example.org', role: 'auditee-representative', dueAt: '2026-11-27T17:00:00.000Z' });
  let state = collect(opening);
  const ladder = DEFAULT_AUDIT_SETTINGS;
  const at = (now: string, actor?: { email: string; role: 'auditee-representative' | 'programme-manager' }) => new Change(state, now, actor);
  let change = at('2026-11-25T17:00:00.000Z');
  applyMoment(change, { kind: 'reminder', taskId: task.id, at: 0, leadTime: 'P2D', key: '1:P2D' }, ladder, people);
  state = collect(change);
  change = at('2026-11-27T17:00:00.000Z');
  applyMoment(change, { kind: 'escalation', taskId: task.id, at: 0, rung: 0 }, ladder, people);
  state = collect(change);
  change = at('2026-12-04T17:00:00.000Z');
  applyMoment(change, { kind: 'escalation', taskId: task.id, at: 0, rung: 1 }, ladder, people);
  state = collect(change);
  change = at('2026-12-05T09:00:00.000Z', { email: 'rep@example.org', role: 'auditee-representative' });
  requestExtension(change, { taskId: task.id, requestedDueAt: '2026-12-12T17:00:00.000Z', reason: 'The CISO is away & the SoA needs sign-off' }, { decider: 'pm@example.org', deciderRole: 'programme-manager', decisionWithin: 'P2D', pauseClock: true });
  state = collect(change);
  change = at('2026-12-05T15:00:00.000Z', { email: 'pm@example.org', role: 'programme-manager' });
  decideExtension(change, { taskId: task.id, approve: true, note: 'Fine, but no later than that' }, true);
  state = collect(change);
  return intents;
}

/** A programme's launch task, reminded of and escalated, by the same rules; its mails are programme mails. */
function programmeTaskIntents(): NotificationIntent[] {
  const change = new Change<TaskHolder>({ tasks: [], counters: {} }, '2026-11-20T08:00:00.000Z');
  const task = change.openTask({ kind: 'launch-audit', title: 'Launch the audit of <IT operations> (window W-3)', assignee: 'pm@example.org', role: 'programme-manager', dueAt: '2026-12-20T17:00:00.000Z' });
  applyMoment(change, { kind: 'reminder', taskId: task.id, at: 0, leadTime: 'P7D', key: '1:P7D' }, DEFAULT_AUDIT_SETTINGS, people);
  applyMoment(change, { kind: 'escalation', taskId: task.id, at: 0, rung: 0 }, DEFAULT_AUDIT_SETTINGS, people);
  return asProgrammeNotifications(change.events, 'ISMS programme <2026–2028>').flatMap((event) => event.notify ?? []);
}

const invite: CalendarInvite = {
  method: 'REQUEST',
  uid: `M-1.${AUDIT_ID}@auditflow`,
  sequence: 0,
  summary: 'Opening meeting: ISMS internal audit 2026',
  description: 'Opening meeting of the audit "ISMS internal audit 2026" (ISO/IEC 27001).',
  startsAt: '2026-12-01T08:00:00.000Z',
  endsAt: '2026-12-01T09:30:00.000Z',
  timeZone: 'Europe/Berlin',
  location: 'Room 4.12, Head office',
  organizer: { email: 'tl@example.org', name: 'Tara Leader' },
  attendees: [
    { email: 'tl@example.org', name: 'Tara Leader', role: 'chair' },
    { email: 'aud@example.org', name: 'Arne Auditor', role: 'required' },
    { email: 'rep@example.org', name: 'Rita Rep', role: 'required' },
    { email: 'mgr@example.org', name: 'Mona Manager', role: 'optional' },
  ],
};

export function meetingIntent(method: 'REQUEST' | 'CANCEL', sequence: number, changes: Partial<CalendarInvite> = {}, reason?: string): NotificationIntent {
  const meeting = { ...invite, ...changes, method, sequence, description: reason ? `Cancelled: ${reason}` : invite.description };
  return {
    kind: method === 'CANCEL' ? 'meeting-cancellation' : 'meeting-invitation',
    key: `M-1:${method === 'CANCEL' ? 'cancel' : 'invite'}:${sequence}`,
    to: meeting.attendees.map((attendee) => attendee.email),
    cc: [],
    data: { meetingTitle: meeting.summary, startsAt: meeting.startsAt, endsAt: meeting.endsAt, location: meeting.location, timeZone: meeting.timeZone, sequence, reason },
    invite: meeting,
  };
}

export const DIGEST: OverdueDigestData = {
  lead: 'Lena Lead',
  items: [
    { auditTitle: AUDIT_TITLE, taskTitle: 'Supply the <Statement of Applicability>', assignee: 'rep@example.org', dueAt: '2026-11-27T17:00:00.000Z', escalationLevel: 2, link: `${PUBLIC_URL}/audits/${AUDIT_ID}/tasks/T-1` },
    { auditTitle: 'Supplier audit', taskTitle: 'Answer finding F-2', assignee: 'ops@example.org', dueAt: '2026-11-29T12:00:00.000Z', escalationLevel: 1, link: `${PUBLIC_URL}/audits/x/tasks/T-9` },
  ],
};

function otherIntents(): NotificationIntent[] {
  return [
    { kind: 'urgent-risk', key: 'R-1:urgent-risk', to: ['rep@example.org', 'mgr@example.org'], cc: ['pm@example.org'], data: { description: 'Backups of the <payroll> database are world-readable', reportedBy: 'aud@example.org', auditTitle: AUDIT_TITLE } },
    { kind: 'report-distributed', key: 'report-1:distributed', to: ['rep@example.org'], cc: [], data: { auditTitle: AUDIT_TITLE, version: 1, summary: 'Two minor nonconformities; objectives met.' } },
    { kind: 'report-late', key: 'report-1:late', to: ['rep@example.org', 'pm@example.org'], cc: [], data: { auditTitle: AUDIT_TITLE, dueAt: '2026-12-20T17:00:00.000Z', reason: 'Waiting for evidence from a supplier' } },
    { kind: 'disposal-notice', key: 'notice:working-evidence:2029-12-20T17:00:00.000Z', to: ['cl@example.org'], cc: [], data: { auditTitle: AUDIT_TITLE, recordClass: 'working evidence', disposeAt: '2029-12-20T17:00:00.000Z', files: 4 } },
    { kind: 'report-overdue', key: 'T-9:report-overdue:0', to: ['rep@example.org', 'pm@example.org'], cc: [], data: { auditTitle: AUDIT_TITLE, dueAt: '2026-12-20T17:00:00.000Z', teamLeader: 'Lena Lead <tl@example.org>' } },
    { kind: 'scope-changed', key: 'scope-change-1:scope-changed', to: ['rep@example.org', 'mgr@example.org', 'pm@example.org'], cc: [], data: { auditTitle: AUDIT_TITLE, reason: 'The <backup site> is closed for works', units: 'IT Operations', processes: 'Change management', sites: 'Main data centre' } },
    meetingIntent('REQUEST', 0),
    meetingIntent('CANCEL', 2, {}, 'The auditee site is closed'),
    { kind: 'audit-cancelled', key: 'audit-cancelled', to: ['rep@example.org', 'pm@example.org', 'tl@example.org'], cc: [], data: { reason: 'Objectives are unattainable this year', auditTitle: AUDIT_TITLE } },
    { kind: 'mail-undeliverable', key: 'T-1:assigned:undeliverable', to: ['pm@example.org'], cc: [], data: { auditTitle: AUDIT_TITLE, subject: 'New task: <Supply> the SoA', recipients: 'rep@example.org', reason: '550 5.1.1 <rep@example.org>: mailbox unavailable' } },
    { kind: 'overdue-digest', key: 'digest:2026-12-06', to: ['lead@example.org'], cc: [], data: DIGEST as unknown as NotificationIntent['data'] },
    {
      kind: 'cpd-reminder',
      key: '2026-12-03T00:00:00.000Z:aud@example.org',
      to: ['aud@example.org'],
      cc: [],
      data: { auditor: 'Arun <Auditor>', year: 2026, hoursThisYear: 12.5, expectedByNow: 36.49, targetHours: 40, profileLink: `${PUBLIC_URL}/auditors` },
    },
  ];
}

/** Kinds that belong to no audit (outbox rows without an audit id). */
export const AUDIT_LESS: readonly NotificationKind[] = ['overdue-digest', 'cpd-reminder', 'programme-task-assigned', 'programme-task-reminder', 'programme-task-escalated'];

/** The outbox row an intent becomes (as read back from PostgreSQL). */
export function rowFor(intent: NotificationIntent): RenderableNotification {
  const stored = JSON.parse(JSON.stringify(intent)) as NotificationIntent;
  return {
    kind: stored.kind,
    auditId: AUDIT_LESS.includes(stored.kind) ? null : AUDIT_ID,
    taskId: stored.taskId ?? null,
    data: stored.data,
    invite: stored.invite ?? null,
    createdAt: CREATED_AT,
  };
}

/** One intent per kind (the first the rules produce, for task kinds). */
export function intentsByKind(): Map<NotificationKind, NotificationIntent> {
  const byKind = new Map<NotificationKind, NotificationIntent>();
  for (const intent of [...taskIntents(), ...programmeTaskIntents(), ...otherIntents()]) if (!byKind.has(intent.kind)) byKind.set(intent.kind, intent);
  return byKind;
}
