import { launchSampleAudit, SAMPLE_PEOPLE as P, step } from '@auditflow/samples';
import { header, messagesMatching } from '../support/mail-queries';
import { recordHistories } from '../support/replay-fixtures';
import { useFullStack } from '../support/full-stack';
import { eventually } from '../support/test-stack';
import { readTimeline } from '../support/timeline';

const PM = P.programmeManager.email;

/** Seconds instead of days: the acknowledge-contact task (T-1) is due 10 s after launch. */
const FAST = {
  contactAcknowledgementWithin: 'PT10S',
  reminderLeadTimes: ['PT6S', 'PT3S'],
  escalationLadder: [
    { after: 'PT0S', notify: ['assignee' as const], cc: ['assignee-manager' as const] },
    { after: 'PT3S', notify: ['programme-manager' as const], cc: [] },
    { after: 'PT6S', notify: ['compliance-lead' as const], cc: [] },
  ],
};
const rep = { email: P.auditeeRepresentative.email, role: 'auditee-representative' };
const lead = { email: P.teamLeader.email, role: 'team-leader' };
const pm = { email: P.programmeManager.email, role: 'programme-manager' };

describe('reminders and escalations on durable timers', () => {
  const stack = useFullStack();

  const taskMails = (auditId: string, taskId: string) => messagesMatching(stack.mail.mailbox, new RegExp(`^audit-${auditId}:${taskId.replace('.', '\\.')}:`));
  const keyOf = (message: Parameters<typeof header>[0]) => header(message, 'X-Auditflow-Dedupe-Key')!.replace(/^audit-[^:]+:/, '');

  it('reminds before the due date, climbs the ladder in order to the right people, and stops once the task is done', async () => {
    const [ignored, answered] = await Promise.all([launchSampleAudit(stack.client, FAST), launchSampleAudit(stack.client, FAST)]);
    const dueAt = Date.parse((await stack.client.get(`/audits/${ignored.auditId}/tasks/T-1`, PM)).body.dueAt);

    // The second auditee answers after the first reminder: nothing more may reach anyone about that task.
    await eventually(() => expect(taskMails(answered.auditId, 'T-1').map(keyOf)).toContain('T-1:reminder:1:PT6S'), { timeoutMs: 20_000 });
    await step(stack.client, `/audits/${answered.auditId}/acknowledge-contact`, rep, { channels: ['e-mail'], confidentialityAgreed: true });

    const ladder = await eventually(
      () => {
        const received = taskMails(ignored.auditId, 'T-1');
        expect(received.map(keyOf)).toEqual([
          'T-1:assigned',
          'T-1:reminder:1:PT6S',
          'T-1:reminder:1:PT3S',
          'T-1:escalation:1:0',
          'T-1:escalation:1:1',
          'T-1:escalation:1:2',
        ]);
        return received;
      },
      { timeoutMs: 40_000, intervalMs: 500 },
    );
    const [, firstReminder, secondReminder, overdue, toManager, toCompliance] = ladder;
    expect(firstReminder!.receivedAt.getTime()).toBeLessThan(dueAt);
    expect(secondReminder!.receivedAt.getTime()).toBeLessThan(dueAt);
    expect(firstReminder!.envelope.to).toEqual([P.auditeeRepresentative.email]);
    expect(overdue!.envelope.to.sort()).toEqual([P.auditeeManager.email, P.auditeeRepresentative.email].sort());
    expect(header(overdue!, 'cc')).toContain(P.auditeeManager.email);
    expect(overdue!.receivedAt.getTime()).toBeGreaterThanOrEqual(dueAt);
    expect(toManager!.envelope.to).toEqual([P.programmeManager.email]);
    expect(toCompliance!.envelope.to).toEqual([P.complianceLead.email]);

    const timeline = await readTimeline(stack.client, ignored.auditId, PM);
    const levels = timeline.filter((entry) => entry.type === 'task.escalated').map((entry) => entry.data?.level);
    expect(levels).toEqual([1, 2, 3]);
    const task = (await stack.client.get(`/audits/${ignored.auditId}/tasks/T-1`, PM)).body;
    expect(task).toMatchObject({ state: 'overdue', escalationLevel: 3 });
    // The task says how many reminders went out (the timeline records each mail once it is sent).
    await eventually(async () => expect((await stack.client.get(`/audits/${ignored.auditId}/tasks/T-1`, PM)).body.remindersSent).toBe(2));

    expect(taskMails(answered.auditId, 'T-1').map(keyOf)).toEqual(['T-1:assigned', 'T-1:reminder:1:PT6S']);
    await recordHistories({ 'audit-escalated': `audit-${ignored.auditId}` });
    expect((await stack.client.get(`/audits/${answered.auditId}/tasks/T-1`, PM)).body.state).toBe('done');
  });

  it('reminds the auditee of a meeting and tells nobody they are late for it, while the clock runs on for other tasks', async () => {
    const { auditId } = await launchSampleAudit(stack.client, { ...FAST, contactAcknowledgementWithin: 'P5D', planIssueWithin: 'PT14S' });
    await step(stack.client, `/audits/${auditId}/acknowledge-contact`, rep, { channels: ['e-mail'], confidentialityAgreed: true });
    await step(stack.client, `/audits/${auditId}/decide-feasibility`, lead, { feasible: true, reason: 'Available' });
    const startsAt = Date.now() + 10_000;
    await step(stack.client, `/audits/${auditId}/schedule-meeting`, lead, {
      kind: 'opening', startsAt: new Date(startsAt).toISOString(), endsAt: new Date(startsAt + 3_600_000).toISOString(), timeZone: 'Europe/Berlin', location: 'Room 4.01',
    });
    const tasks = (await stack.client.get(`/tasks?auditId=${auditId}&state=open`, PM)).body.items as { id: string; kind: string }[];
    const attend = tasks.find((task) => task.kind === 'attend-meeting')!;
    const plan = tasks.find((task) => task.kind === 'issue-plan')!;

    // The plan falls due after the meeting has started and climbs its whole ladder: the clock ran past the meeting.
    await eventually(() => expect(taskMails(auditId, plan.id).map(keyOf)).toContain(`${plan.id}:escalation:1:2`), { timeoutMs: 60_000, intervalMs: 500 });
    expect(taskMails(auditId, attend.id).map(keyOf)).toEqual([`${attend.id}:assigned`, `${attend.id}:reminder:1:PT6S`, `${attend.id}:reminder:1:PT3S`]);
    const task = (await stack.client.get(`/audits/${auditId}/tasks/${attend.id}`, PM)).body;
    expect(task).toMatchObject({ state: 'open', escalationLevel: 0, overdue: false });
    const digests = (await stack.client.get('/tasks/overdue', PM)).body as { tasks: { auditId: string; id: string }[] }[];
    expect(digests.flatMap((digest) => digest.tasks).filter((overdue) => overdue.auditId === auditId).map((overdue) => overdue.id)).toEqual([plan.id]);
  });

  it('re-arms reminders for an approved extension and sends them to the new assignee after a reassignment', async () => {
    const { auditId } = await launchSampleAudit(stack.client, FAST);
    const requestedDueAt = new Date(Date.now() + 16_000).toISOString();
    await step(stack.client, `/audits/${auditId}/request-extension`, rep, { taskId: 'T-1', requestedDueAt, reason: 'Our CISO is travelling' });
    const decision = (await stack.client.get(`/tasks?auditId=${auditId}&state=open`, PM)).body.items.find((task: { kind: string }) => task.kind === 'decide-extension');
    expect(decision).toMatchObject({ assignee: P.teamLeader.email, subjectId: 'T-1' });
    await step(stack.client, `/audits/${auditId}/decide-extension`, lead, { taskId: 'T-1', approve: true, note: 'Fine' });
    await step(stack.client, `/audits/${auditId}/reassign-task`, pm, { taskId: 'T-1', assignee: 'delegate@auditee.example' });

    const task = (await stack.client.get(`/audits/${auditId}/tasks/T-1`, PM)).body;
    expect(task).toMatchObject({ assignee: 'delegate@auditee.example', dueVersion: 2, state: 'open', reassignedFrom: P.auditeeRepresentative.email });
    expect(Date.parse(task.dueAt)).toBe(Date.parse(requestedDueAt));

    const reminders = await eventually(
      () => {
        const received = taskMails(auditId, 'T-1').filter((message) => keyOf(message).includes(':reminder:'));
        expect(received.map(keyOf)).toEqual(['T-1:reminder:2:PT6S', 'T-1:reminder:2:PT3S']);
        return received;
      },
      { timeoutMs: 30_000, intervalMs: 500 },
    );
    await eventually(async () => expect((await stack.client.get(`/audits/${auditId}/tasks/T-1`, PM)).body.remindersSent).toBe(2));
    for (const reminder of reminders) {
      expect(reminder.envelope.to).toEqual(['delegate@auditee.example']);
      expect(reminder.receivedAt.getTime()).toBeLessThan(Date.parse(requestedDueAt));
    }
    expect(taskMails(auditId, 'T-1').map(keyOf)).toEqual(expect.arrayContaining(['T-1:assigned:1']));
    expect(taskMails(auditId, 'T-1').find((message) => keyOf(message) === 'T-1:assigned:1')!.envelope.to).toEqual(['delegate@auditee.example']);

    // The delegate now acts for the auditee.
    const acknowledged = await step(stack.client, `/audits/${auditId}/acknowledge-contact`, { email: 'delegate@auditee.example', role: 'auditee-representative' }, { channels: ['e-mail'], confidentialityAgreed: true });
    expect(acknowledged.events.map((event) => event.type)).toContain('contact.acknowledged');
    await recordHistories({ 'audit-extended-reassigned': `audit-${auditId}` });
  });
});
