import { TZDate } from '@date-fns/tz';
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { CalendarInvite, MeetingAttendee } from '@auditflow/domain';
import { isKnownTimeZone } from './format';

/** PRODID of every calendar object Auditflow writes: `-//Auditflow//Audit meetings//EN`. */
const PRODUCT = { company: 'Auditflow', product: 'Audit meetings', language: 'EN' };

const ROLES: Record<MeetingAttendee['role'], ICalAttendeeRole> = {
  chair: ICalAttendeeRole.CHAIR,
  required: ICalAttendeeRole.REQ,
  optional: ICalAttendeeRole.OPT,
};

interface Zone {
  /** Canonical IANA name, the TZID that DTSTART/DTEND refer to. */
  name: string;
  /** The VTIMEZONE component that defines that TZID (RFC 5545 3.6.5 requires one per TZID used). */
  vtimezone: string;
}

/**
 * The zone to write times in, or undefined to write them in UTC ("...Z"), which every client reads correctly.
 * UTC itself, a name the runtime does not know, or one without VTIMEZONE data all fall back to UTC: a TZID that no
 * VTIMEZONE defines would leave clients guessing. Aliases such as US/Eastern come back under their canonical name.
 */
function zoneFor(timeZone: string): Zone | undefined {
  if (/^(utc|etc\/utc|gmt|z)$/i.test(timeZone) || !isKnownTimeZone(timeZone)) return undefined;
  const block = tzlib_get_ical_block(timeZone);
  const vtimezone = Array.isArray(block) ? block[0] : undefined;
  const name = vtimezone?.match(/^TZID:(.+)$/m)?.[1]?.trim();
  return vtimezone && name ? { name, vtimezone } : undefined;
}

export interface CalendarPart {
  method: CalendarInvite['method'];
  /** The VCALENDAR text, CRLF line endings, folded at 75 octets. */
  content: string;
}

/**
 * The RFC 5545 / iTIP (RFC 5546) object for one meeting invitation or cancellation. Deterministic for a given invite
 * and `stamp` (DTSTAMP), so a re-sent message carries the same calendar object. The UID is the meeting's, stable across
 * updates; clients apply a message only if its SEQUENCE is not lower than the one they hold.
 */
export function buildCalendar(invite: CalendarInvite, stamp: Date): CalendarPart {
  const zone = zoneFor(invite.timeZone);
  // ical-generator prints a plain Date given with a TZID in the *process's* local time; a TZDate prints in its zone.
  const at = (iso: string) => (zone ? new TZDate(Date.parse(iso), zone.name) : new Date(iso));
  const calendar = ical({
    prodId: PRODUCT,
    method: invite.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  // Only the generator, no calendar-wide zone name: with one, DTSTAMP would be written as local time, which RFC 5545
  // forbids (it must be UTC). The generator adds one VTIMEZONE per zone the events use.
  if (zone) calendar.timezone({ name: null, generator: () => zone.vtimezone });
  calendar.createEvent({
    id: invite.uid,
    sequence: invite.sequence,
    stamp,
    start: at(invite.startsAt),
    end: at(invite.endsAt),
    timezone: zone?.name ?? null,
    summary: invite.summary,
    description: invite.description,
    location: invite.location,
    organizer: { name: invite.organizer.name, email: invite.organizer.email },
    attendees: invite.attendees.map((attendee) => ({
      name: attendee.name,
      email: attendee.email,
      role: ROLES[attendee.role],
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: true,
    })),
    status: invite.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return { method: invite.method, content: calendar.toString() };
}
