import { parse as parseDuration } from 'tinyduration';
import { workingDaysOf } from '@auditflow/domain';

// Readable dates for mail bodies. Built by hand from numeric parts rather than with Intl's locale formats, whose
// exact output (commas, narrow spaces) changes between ICU versions; a mail should read the same on every Node.

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface WallClock {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
  second: number;
}

/** The instant named by an ISO date-time; throws for anything else, so a template never prints "Invalid Date". */
export function toInstant(value: unknown, what = 'date'): Date {
  const date = typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw new TypeError(`${what} must be an ISO date-time, got ${JSON.stringify(value)}`);
  return date;
}

/** True when this runtime knows the IANA zone (Intl throws a RangeError for unknown ones). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** One formatter per zone (there are a few hundred): making one costs far more than using it, once per date of a mail. */
const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallClockFormats.set(timeZone, format);
  }
  return format;
}

function wallClock(date: Date, timeZone: string): WallClock {
  const parts = wallClockFormat(timeZone).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((candidate) => candidate.type === type)?.value);
  const year = part('year');
  const month = part('month');
  const day = part('day');
  // The weekday of a calendar date does not depend on the zone, so compute it from the date itself.
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return { year, month, day, weekday, hour: part('hour'), minute: part('minute'), second: part('second') };
}

const pad = (value: number) => String(value).padStart(2, '0');
const dayText = (clock: WallClock) => `${WEEKDAYS[clock.weekday]} ${clock.day} ${MONTHS[clock.month - 1]} ${clock.year}`;
const timeText = (clock: WallClock) => `${pad(clock.hour)}:${pad(clock.minute)}`;

/** "Mon 24 Nov 2026, 09:00 UTC". */
export function readableUtc(iso: unknown): string {
  const clock = wallClock(toInstant(iso), 'UTC');
  return `${dayText(clock)}, ${timeText(clock)} UTC`;
}

/**
 * A meeting slot in the meeting's own zone, with UTC alongside for people elsewhere:
 * "Tue 25 Nov 2026, 10:00–11:30 Europe/Berlin (09:00–10:30 UTC)". Unknown zones fall back to UTC only.
 */
export function readableSlot(startsAt: unknown, endsAt: unknown, timeZone: unknown): string {
  const start = toInstant(startsAt, 'startsAt');
  const end = toInstant(endsAt, 'endsAt');
  if (typeof timeZone !== 'string') throw new TypeError(`timeZone must be an IANA zone name, got ${JSON.stringify(timeZone)}`);
  const zone = timeZone !== 'UTC' && isKnownTimeZone(timeZone) ? timeZone : 'UTC';
  const local = slot(start, end, zone);
  if (zone === 'UTC') return `${local.day}, ${local.times} UTC`;
  const utc = slot(start, end, 'UTC');
  // Repeat the date in the UTC part only when it differs, to keep the line short.
  const utcText = utc.day === local.day ? utc.times : `${utc.day}, ${utc.times}`;
  return `${local.day}, ${local.times} ${zone} (${utcText} UTC)`;
}

function slot(start: Date, end: Date, zone: string): { day: string; times: string } {
  const from = wallClock(start, zone);
  const to = wallClock(end, zone);
  const sameDay = from.year === to.year && from.month === to.month && from.day === to.day;
  return { day: dayText(from), times: sameDay ? `${timeText(from)}–${timeText(to)}` : `${timeText(from)} – ${dayText(to)}, ${timeText(to)}` };
}

const UNITS = [
  ['years', 'year'],
  ['months', 'month'],
  ['weeks', 'week'],
  ['days', 'day'],
  ['hours', 'hour'],
  ['minutes', 'minute'],
  ['seconds', 'second'],
] as const;

/** "P1DT2H" → "1 day 2 hours"; settings speak ISO 8601, people do not. Working days ("2 working days") read as they are. */
export function readableDuration(iso: unknown): string {
  if (typeof iso !== 'string') throw new TypeError(`duration must be an ISO 8601 duration, got ${JSON.stringify(iso)}`);
  if (workingDaysOf(iso) !== undefined) return iso;
  const parsed = parseDuration(iso);
  const words = UNITS.filter(([unit]) => (parsed[unit] ?? 0) > 0).map(([unit, word]) => {
    const amount = parsed[unit] ?? 0;
    return `${amount} ${word}${amount === 1 ? '' : 's'}`;
  });
  return words.length > 0 ? words.join(' ') : 'no time';
}
