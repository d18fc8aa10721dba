import * as ical from 'node-ical';
import { launchSampleAudit, SAMPLE_PEOPLE as P, step } from '@auditflow/samples';
import { calendarPart, messagesMatching } from '../support/mail-queries';
import { useFullStack } from '../support/full-stack';
import { eventually } from '../support/test-stack';

const PM = P.programmeManager.email;

const rep = { email: P.auditeeRepresentative.email, role: 'auditee-representative' };
const lead = { email: P.teamLeader.email, role: 'team-leader' };

describe('meetings with calendar invitations through the API', () => {
  const stack = useFullStack();

  async function invites(auditId: string, count: number) {
    const received = await eventually(() => {
      const found = messagesMatching(stack.mail.mailbox, new RegExp(`^audit-${auditId}:M-1:`));
      expect(found).toHaveLength(count);
      return found;
    });
    return Promise.all(
      received.map(async (message) => {
        const part = await calendarPart(stack.mail.mailbox, message);
        const parsed = ical.sync.parseICS(part.content);
        const event = Object.values(parsed).find((component): component is ical.VEvent => component?.type === 'VEVENT')!;
        return { to: message.envelope.to, contentType: part.contentType, method: (parsed.vcalendar as unknown as { method: string }).method, event };
      }),
    );
  }

  it('invites, updates and cancels one calendar event, and the attendance deadline moves with the meeting', async () => {
    const { auditId } = await launchSampleAudit(stack.client);
    await step(stack.client, `/audits/${auditId}/acknowledge-contact`, rep, { channels: ['e-mail'], confidentialityAgreed: true });
    await step(stack.client, `/audits/${auditId}/decide-feasibility`, lead, { feasible: true, reason: 'Available' });
    await step(stack.client, `/audits/${auditId}/schedule-meeting`, lead, {
      kind: 'opening', startsAt: '2027-03-01T09:00:00Z', endsAt: '2027-03-01T10:00:00Z', timeZone: 'Europe/Berlin', location: 'Room 4.01',
    });
    const [invitation] = await invites(auditId, 1);
    expect(invitation!.method).toBe('REQUEST');
    expect(invitation!.contentType).toContain('method=REQUEST');
    expect(invitation!.event.uid).toBe(`M-1.${auditId}@auditflow`);
    expect(Number(invitation!.event.sequence)).toBe(0);
    expect(new Date(invitation!.event.start).toISOString()).toBe('2027-03-01T09:00:00.000Z');
    expect(invitation!.event.start.tz).toBe('Europe/Berlin');
    const organizer = invitation!.event.organizer as unknown as { val: string };
    expect(organizer.val.toLowerCase()).toBe(`mailto:${P.teamLeader.email}`);
    const attendees = ([] as Array<{ val: string; params: { ROLE: string } }>).concat(invitation!.event.attendee as never);
    const roles = Object.fromEntries(attendees.map((attendee) => [attendee.val.toLowerCase().replace('mailto:', ''), attendee.params.ROLE]));
    expect(roles[P.teamLeader.email]).toBe('CHAIR');
    expect(roles[P.auditeeRepresentative.email]).toBe('REQ-PARTICIPANT');
    expect(roles[P.auditeeManager.email]).toBe('OPT-PARTICIPANT');
    expect(invitation!.to).toEqual(expect.arrayContaining([P.auditeeRepresentative.email, P.auditor.email]));

    const attendTask = async () =>
      (await stack.client.get(`/tasks?auditId=${auditId}`, PM)).body.items.find((task: { kind: string }) => task.kind === 'attend-meeting');
    expect((await attendTask()).dueAt).toBe('2027-03-01T09:00:00.000Z');

    await step(stack.client, `/audits/${auditId}/reschedule-meeting`, lead, { meetingId: 'M-1', startsAt: '2027-03-02T13:00:00Z', endsAt: '2027-03-02T14:00:00Z' });
    const [, update] = await invites(auditId, 2);
    expect(update!.method).toBe('REQUEST');
    expect(update!.event.uid).toBe(invitation!.event.uid);
    expect(Number(update!.event.sequence)).toBe(1);
    expect(new Date(update!.event.start).toISOString()).toBe('2027-03-02T13:00:00.000Z');
    expect((await attendTask()).dueAt).toBe('2027-03-02T13:00:00.000Z');

    await step(stack.client, `/audits/${auditId}/cancel-meeting`, lead, { meetingId: 'M-1', reason: 'Auditee reorganisation' });
    const [, , cancellation] = await invites(auditId, 3);
    expect(cancellation!.method).toBe('CANCEL');
    expect(cancellation!.contentType).toContain('method=CANCEL');
    expect(cancellation!.event.uid).toBe(invitation!.event.uid);
    expect(Number(cancellation!.event.sequence)).toBe(2);
    expect(cancellation!.event.status).toBe('CANCELLED');
    expect((await attendTask()).state).toBe('cancelled');
  });
});
