// The calendar objects are checked with node-ical, an iCalendar parser independent of ical-generator that wrote them.
import * as ical from 'node-ical';
import { buildCalendar } from '@auditflow/activities/notifications';
import type { CalendarInvite } from '@auditflow/domain';
import { intentsByKind } from './fixtures';

const STAMP = new Date('2026-11-20T08:00:00.000Z');
const invite = (changes: Partial<CalendarInvite> = {}): CalendarInvite => ({ ...intentsByKind().get('meeting-invitation')!.invite!, ...changes });

function parse(content: string) {
  const parsed = ical.sync.parseICS(content);
  const events = Object.values(parsed).filter((component): component is ical.VEvent => component?.type === 'VEVENT');
  expect(events).toHaveLength(1);
  const zones = Object.values(parsed).filter((component) => component?.type === 'VTIMEZONE') as Array<{ tzid: string }>;
  return { calendar: parsed.vcalendar as unknown as { method: string; prodid: string; version: string }, event: events[0]!, zones };
}

const attendees = (event: ical.VEvent) => (Array.isArray(event.attendee) ? event.attendee : [event.attendee]) as Array<{ params: Record<string, unknown>; val: string }>;

describe('invitation (REQUEST) in a zone with daylight saving', () => {
  const { content, method } = buildCalendar(invite(), STAMP);
  const { calendar, event, zones } = parse(content);

  it('is an iTIP request with our PRODID', () => {
    expect(method).toBe('REQUEST');
    expect(calendar.method).toBe('REQUEST');
    expect(calendar.version).toBe('2.0');
    expect(calendar.prodid).toBe('-//Auditflow//Audit meetings//EN');
  });

  it('carries the meeting UID, SEQUENCE, DTSTAMP in UTC and status CONFIRMED', () => {
    expect(event.uid).toBe(invite().uid);
    expect(Number(event.sequence)).toBe(0);
    expect(event.dtstamp.toISOString()).toBe(STAMP.toISOString());
    expect(content).toContain('DTSTAMP:20261120T080000Z');
    expect(event.status).toBe('CONFIRMED');
  });

  it('gives start and end as local times with a TZID that a VTIMEZONE defines', () => {
    expect(content).toContain('DTSTART;TZID=Europe/Berlin:20261201T090000');
    expect(content).toContain('DTEND;TZID=Europe/Berlin:20261201T103000');
    expect(zones.map((zone) => zone.tzid)).toEqual(['Europe/Berlin']);
    expect(event.start.toISOString()).toBe('2026-12-01T08:00:00.000Z');
    expect(event.end?.toISOString()).toBe('2026-12-01T09:30:00.000Z');
    expect((event.start as ical.DateWithTimeZone).tz).toBe('Europe/Berlin');
  });

  it('has summary, description and location', () => {
    expect(event.summary).toBe('Opening meeting: ISMS internal audit 2026');
    expect(event.description).toBe(invite().description);
    expect(event.location).toBe('Room 4.12, Head office');
  });

  it('names the organizer and every attendee with their role, asking each to reply', () => {
    expect(event.organizer).toEqual({ params: { CN: 'Tara Leader' }, val: 'mailto:tl@example.org' });
    expect(attendees(event).map((attendee) => [attendee.val.toLowerCase(), attendee.params])).toEqual([
      ['mailto:tl@example.org', { ROLE: 'CHAIR', PARTSTAT: 'NEEDS-ACTION', RSVP: true, CN: 'Tara Leader' }],
      ['mailto:aud@example.org', { ROLE: 'REQ-PARTICIPANT', PARTSTAT: 'NEEDS-ACTION', RSVP: true, CN: 'Arne Auditor' }],
      ['mailto:rep@example.org', { ROLE: 'REQ-PARTICIPANT', PARTSTAT: 'NEEDS-ACTION', RSVP: true, CN: 'Rita Rep' }],
      ['mailto:mgr@example.org', { ROLE: 'OPT-PARTICIPANT', PARTSTAT: 'NEEDS-ACTION', RSVP: true, CN: 'Mona Manager' }],
    ]);
  });

  it('is well-formed text: CRLF line ends, lines folded at 75 octets', () => {
    expect(content.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(content.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of content.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});

describe('update and cancellation', () => {
  it('a reschedule keeps the UID and raises SEQUENCE', () => {
    const { event } = parse(buildCalendar(invite({ sequence: 1, startsAt: '2026-12-02T13:00:00.000Z', endsAt: '2026-12-02T14:00:00.000Z' }), STAMP).content);
    expect(event.uid).toBe(invite().uid);
    expect(Number(event.sequence)).toBe(1);
    expect(event.start.toISOString()).toBe('2026-12-02T13:00:00.000Z');
  });

  it('a cancellation is METHOD:CANCEL with STATUS:CANCELLED, same UID, higher SEQUENCE', () => {
    const built = buildCalendar(invite({ method: 'CANCEL', sequence: 2, description: 'Cancelled: the site is closed' }), STAMP);
    const { calendar, event } = parse(built.content);
    expect(built.method).toBe('CANCEL');
    expect(calendar.method).toBe('CANCEL');
    expect(event.status).toBe('CANCELLED');
    expect(event.uid).toBe(invite().uid);
    expect(Number(event.sequence)).toBe(2);
    expect(event.description).toBe('Cancelled: the site is closed');
  });
});

describe('time zones', () => {
  it('writes UTC meetings as plain UTC times without a VTIMEZONE', () => {
    const { content } = buildCalendar(invite({ timeZone: 'UTC' }), STAMP);
    const { event, zones } = parse(content);
    expect(content).toContain('DTSTART:20261201T080000Z');
    expect(content).toContain('DTEND:20261201T093000Z');
    expect(zones).toEqual([]);
    expect(event.start.toISOString()).toBe('2026-12-01T08:00:00.000Z');
  });

  it('falls back to UTC for a zone nobody knows, rather than write an undefined TZID', () => {
    const { content } = buildCalendar(invite({ timeZone: 'Mars/Olympus_Mons' }), STAMP);
    expect(content).toContain('DTSTART:20261201T080000Z');
    expect(content).not.toContain('TZID');
  });

  it('writes an alias under its canonical name, matching the VTIMEZONE', () => {
    const { content } = buildCalendar(invite({ timeZone: 'US/Eastern' }), STAMP);
    const { event, zones } = parse(content);
    expect(content).toContain('DTSTART;TZID=America/New_York:20261201T030000');
    expect(zones.map((zone) => zone.tzid)).toEqual(['America/New_York']);
    expect(event.start.toISOString()).toBe('2026-12-01T08:00:00.000Z');
  });

  it('does not depend on the time zone of the process', () => {
    const original = process.env.TZ;
    try {
      const outputs = ['UTC', 'America/Los_Angeles', 'Asia/Tokyo'].map((tz) => {
        process.env.TZ = tz;
        return buildCalendar(invite(), STAMP).content;
      });
      expect(new Set(outputs).size).toBe(1);
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  it('is the same text for the same invite and stamp', () => {
    expect(buildCalendar(invite(), STAMP).content).toBe(buildCalendar(invite(), STAMP).content);
  });
});
