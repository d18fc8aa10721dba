import { applyMoment, Change, DEFAULT_AUDIT_SETTINGS, dueMoments, NotificationIntent, TaskHolder, TaskPeople } from '@auditflow/domain';
import { countLeftOutbox, DeliveryMetrics, LeftOutbox } from '@auditflow/activities/notifications';
import { DAY, iso, makeTask, SECOND } from '../domain/support/fixtures';

const people: TaskPeople = { programmeManager: 'pm@example.org', complianceLead: 'cl@example.org', teamLeader: 'tl@example.org', auditeeManager: 'mgr@example.org' };
const DUE = Date.parse('2027-03-11T09:00:00Z');
const task = makeTask({ id: 'T-1', assignee: 'rep@example.org', role: 'auditee-representative', dueAt: iso(DUE), armedAt: iso(DUE - 10 * DAY) });

/** What a sink was told, in order. */
function recording() {
  const calls: unknown[][] = [];
  const record = (name: string) => (...args: unknown[]) => void calls.push([name, ...args]);
  const metrics: DeliveryMetrics = {
    mailRetried: record('retried'),
    mailFailed: record('failed'),
    mailSent: record('sent'),
    escalationFired: record('escalation'),
    timerMailSent: record('timer'),
  };
  return { metrics, calls };
}

/** The clock's mail of `kind`, queued by the workflow's tick at `now` (late when the worker was away). */
function clockMail(now: number, kind: string): NotificationIntent {
  const change = new Change<TaskHolder>({ tasks: [task], counters: {} }, iso(now));
  for (const moment of dueMoments(change.state.tasks, DEFAULT_AUDIT_SETTINGS, now)) applyMoment(change, moment, DEFAULT_AUDIT_SETTINGS, people);
  const intent = change.events.flatMap((event) => event.notify ?? []).find((candidate) => candidate.kind === kind);
  if (!intent) throw new Error(`no ${kind} mail at ${iso(now)}`);
  return intent;
}

function row(intent: NotificationIntent, createdAt: number): LeftOutbox['row'] {
  return { dedupeKey: `audit-x:${intent.key}`, workflowId: 'audit-x', auditId: 'x', kind: intent.kind, recipients: { to: intent.to, cc: intent.cc }, data: intent.data, invite: null, taskId: 'T-1', status: 'sent', attempts: 0, messageId: 'm', createdAt: new Date(createdAt), auditTitle: null, auditPhase: null };
}

describe('counting mails that left the outbox', () => {
  it('measures an escalation from the moment it was due, not from when a late tick queued it', () => {
    // The first rung of the ladder is due with the task; the worker was away for an hour.
    const late = DUE + 3600 * SECOND;
    const intent = clockMail(late, 'task-overdue');
    const { metrics, calls } = recording();
    countLeftOutbox(metrics, { result: 'sent', row: row(intent, late + 2 * SECOND), sentAt: new Date(late + 5 * SECOND) });
    expect(calls).toEqual([['escalation', 1], ['sent', 'task-overdue'], ['timer', 'escalation', 3605]]);
  });

  it('measures a reminder from its lead time before the due date', () => {
    const remindAt = DUE - DAY; // the P1D reminder of the default settings
    const intent = clockMail(remindAt + 10 * SECOND, 'task-reminder');
    const { metrics, calls } = recording();
    countLeftOutbox(metrics, { result: 'sent', row: row(intent, remindAt + 11 * SECOND), sentAt: new Date(remindAt + 12 * SECOND) });
    expect(calls).toEqual([['sent', 'task-reminder'], ['timer', 'reminder', 12]]);
  });

  it('counts an undeliverable escalation as fired and failed, and a mail without a clock as sent only', () => {
    const { metrics, calls } = recording();
    const escalation = clockMail(DUE, 'task-overdue');
    countLeftOutbox(metrics, { result: 'undeliverable', row: row(escalation, DUE) });
    const assigned: NotificationIntent = { kind: 'task-assigned', key: 'T-1:assigned', to: ['rep@example.org'], cc: [], data: {} };
    countLeftOutbox(metrics, { result: 'sent', row: row(assigned, DUE), sentAt: new Date(DUE + SECOND) });
    expect(calls).toEqual([['escalation', 1], ['failed', 'task-overdue'], ['sent', 'task-assigned']]);
  });
});
