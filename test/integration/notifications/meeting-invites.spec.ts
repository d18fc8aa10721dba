// Meeting invitations end to end: the real audit rules schedule, move and cancel a meeting, the projection queues the
// mail, the sender delivers it over SMTP, and the received text/calendar part is read back with node-ical, a parser
// independent of the code that wrote it.
import * as ical from 'node-ical';
import { meetingUid } from '@auditflow/domain';
import { hoursAfterStart } from '../persistence/audit-scenario';
import { calendarPart, header, MailWorld, messagesFor, newAudit, openMailWorld, outboxState } from './mail-world';

interface ReceivedInvite {
  subject: string;
  contentType: string;
  method: string;
  event: ical.VEvent;
  zones: string[];
}

describe('meeting invitations over SMTP', () => {
  let world: MailWorld;

  beforeAll(async () => {
    world = await openMailWorld();
  });

  afterAll(async () => {
    await world?.close();
  });

  /** Records one step, delivers what it queued, and returns the invite mail it produced, parsed. */
  async function deliverInvite(keys: string[], intentKey: string): Promise<ReceivedInvite> {
    await world.deliver(keys);
    const key = keys.find((candidate) => candidate.endsWith(`:${intentKey}`));
    if (!key) throw new Error(`no ${intentKey} notification among ${keys.join(', ')}`);
    expect((await outboxState(world.dataSource, key)).status).toBe('sent');
    const [message, ...others] = messagesFor(world.mailbox, key);
    expect(others).toHaveLength(0);
    const part = await calendarPart(world.mailbox, message!);
    const parsed = ical.sync.parseICS(part.content);
    const events = Object.values(parsed).filter((component): component is ical.VEvent => component?.type === 'VEVENT');
    expect(events).toHaveLength(1);
    const zones = Object.values(parsed)
      .filter((component) => component?.type === 'VTIMEZONE')
      .map((component) => (component as unknown as { tzid: string }).tzid);
    expect(header(message!, 'X-Auditflow-Kind')).toMatch(/^meeting-/);
    return { subject: message!.subject, contentType: part.contentType, method: (parsed.vcalendar as unknown as { method: string }).method, event: events[0]!, zones };
  }

  it('sends the invitation, the update and the cancellation as one calendar event', async () => {
    const { run, people, startKeys } = await newAudit(world);
    await world.deliver(startKeys);
    const leader = { email: people.leader, role: 'team-leader' as const };
    const rep = { email: people.representative, role: 'auditee-representative' as const };
    await world.record(run.act('acknowledgeContact', rep, { channels: ['e-mail'], confidentialityAgreed: true }, hoursAfterStart(1)));
    await world.record(run.act('decideFeasibility', leader, { feasible: true, reason: 'people and records available' }, hoursAfterStart(2)));
    expect(run.state.phase).toBe('preparing');
    const uid = meetingUid(run.definition.auditId, 'M-1');

    // Invitation: 10:00-11:30 in Berlin (winter time, UTC+1).
    const scheduled = run.act(
      'scheduleMeeting',
      leader,
      { kind: 'opening', startsAt: '2026-02-02T09:00:00.000Z', endsAt: '2026-02-02T10:30:00.000Z', timeZone: 'Europe/Berlin', location: 'Room 1, HQ' },
      hoursAfterStart(3),
    );
    const invitation = await deliverInvite(await world.record(scheduled), 'M-1:invite:0');
    expect(invitation.subject).toBe(`Invitation: Opening meeting: ${run.definition.title}`);
    expect(invitation.contentType).toMatch(/^text\/calendar; (.*; )?method=REQUEST/);
    expect(invitation.method).toBe('REQUEST');
    const { event } = invitation;
    expect(event.uid).toBe(uid);
    expect(Number(event.sequence)).toBe(0);
    expect(event.status).toBe('CONFIRMED');
    expect(event.summary).toBe(`Opening meeting: ${run.definition.title}`);
    expect(event.location).toBe('Room 1, HQ');
    expect(event.start.toISOString()).toBe('2026-02-02T09:00:00.000Z');
    expect(event.end?.toISOString()).toBe('2026-02-02T10:30:00.000Z');
    expect((event.start as ical.DateWithTimeZone).tz).toBe('Europe/Berlin');
    expect(invitation.zones).toEqual(['Europe/Berlin']);
    expect(event.organizer).toEqual({ params: { CN: 'Lea Leader' }, val: `mailto:${people.leader}` });
    const attendees = (Array.isArray(event.attendee) ? event.attendee : [event.attendee]) as unknown as Array<{ params: Record<string, unknown>; val: string }>;
    expect(attendees.map((attendee) => [attendee.val.toLowerCase().replace(/^mailto:/, ''), attendee.params.ROLE, attendee.params.PARTSTAT, attendee.params.RSVP, attendee.params.CN])).toEqual([
      [people.leader, 'CHAIR', 'NEEDS-ACTION', true, 'Lea Leader'],
      [people.auditor, 'REQ-PARTICIPANT', 'NEEDS-ACTION', true, 'Adam Auditor'],
      [people.representative, 'REQ-PARTICIPANT', 'NEEDS-ACTION', true, 'Rita Rep'],
      [people.manager, 'OPT-PARTICIPANT', 'NEEDS-ACTION', true, 'Max Manager'],
    ]);

    // Update: moved a day later and to another room; same UID, higher SEQUENCE.
    const moved = run.act('rescheduleMeeting', leader, { meetingId: 'M-1', startsAt: '2026-02-03T13:00:00.000Z', endsAt: '2026-02-03T14:00:00.000Z', location: 'Room 2, HQ' }, hoursAfterStart(4));
    const update = await deliverInvite(await world.record(moved), 'M-1:invite:1');
    expect(update.subject).toBe(`Updated invitation: Opening meeting: ${run.definition.title}`);
    expect(update.method).toBe('REQUEST');
    expect(update.event.uid).toBe(uid);
    expect(Number(update.event.sequence)).toBe(1);
    expect(update.event.start.toISOString()).toBe('2026-02-03T13:00:00.000Z');
    expect(update.event.end?.toISOString()).toBe('2026-02-03T14:00:00.000Z');
    expect(update.event.location).toBe('Room 2, HQ');

    // Cancellation: METHOD:CANCEL, STATUS:CANCELLED, same UID, SEQUENCE above the update's.
    const cancelled = run.act('cancelMeeting', leader, { meetingId: 'M-1', reason: 'The site is closed for maintenance' }, hoursAfterStart(5));
    const cancel = await deliverInvite(await world.record(cancelled), 'M-1:cancel:2');
    expect(cancel.subject).toBe(`Cancelled: Opening meeting: ${run.definition.title}`);
    expect(cancel.contentType).toMatch(/^text\/calendar; (.*; )?method=CANCEL/);
    expect(cancel.method).toBe('CANCEL');
    expect(cancel.event.status).toBe('CANCELLED');
    expect(cancel.event.uid).toBe(uid);
    expect(Number(cancel.event.sequence)).toBeGreaterThan(Number(update.event.sequence));
    expect(cancel.event.description).toBe('Cancelled: The site is closed for maintenance');

    const timeline = (await world.dataSource.query(`SELECT summary FROM audit_events WHERE audit_id = $1 AND type = 'notification.sent' ORDER BY id`, [run.definition.auditId])) as Array<{ summary: string }>;
    const subjects = timeline.map((event) => event.summary.match(/^Mail "(.*)" sent to /)?.[1]);
    expect(subjects).toEqual(expect.arrayContaining([invitation.subject, update.subject, cancel.subject]));
  });
});
