import { parse } from 'tinyduration';
import { WEEKDAYS_IN_UTC, WorkingCalendar } from './calendar/working-calendar';
import { addWorkingDays, workingDaysBefore } from './calendar/working-days';

/** An ISO 8601 duration such as `P14D` or `PT30S`. Settings use these so tests can run in seconds. */
export type IsoDuration = string;

/**
 * How long a setting gives: an ISO 8601 duration (elapsed time), or whole working days such as `10 working days`
 * (counted on the audit's working calendar; see calendar/working-days.ts).
 */
export type DeadlineDuration = string;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The whole string must be a duration: the parser alone reads a matching prefix and accepts signed components. */
const NUMBER = String.raw`\d+(?:[.,]\d+)?`;
const ISO_DURATION = new RegExp(`^-?P(?!$)(?:${NUMBER}Y)?(?:${NUMBER}M)?(?:${NUMBER}W)?(?:${NUMBER}D)?(?:T(?=\\d)(?:${NUMBER}H)?(?:${NUMBER}M)?(?:${NUMBER}S)?)?$`);
/** "1 working day" to "999 working days": whole days, at least one (a deadline of none is no deadline). */
const WORKING_DAYS = /^([1-9]\d{0,2}) working days?$/;

/**
 * Milliseconds in an ISO 8601 duration. Calendar units are fixed lengths
 * (a month is 30 days, a year 365) because deadlines are counted in elapsed time.
 * Throws a RangeError naming the value when it is not a valid non-negative duration.
 */
export function durationToMs(duration: IsoDuration): number {
  if (WORKING_DAYS.test(duration)) throw new RangeError(`"${duration}" counts working days on a calendar, not elapsed time`);
  let parsed;
  try {
    if (!ISO_DURATION.test(duration)) throw new RangeError(duration);
    parsed = parse(duration);
  } catch {
    throw new RangeError(`"${duration}" is not an ISO 8601 duration (e.g. P14D, PT12H, PT30S)`);
  }
  if (parsed.negative) throw new RangeError(`"${duration}" must not be negative`);
  return (
    (parsed.years ?? 0) * 365 * DAY +
    (parsed.months ?? 0) * 30 * DAY +
    (parsed.weeks ?? 0) * 7 * DAY +
    (parsed.days ?? 0) * DAY +
    (parsed.hours ?? 0) * HOUR +
    (parsed.minutes ?? 0) * MINUTE +
    Math.round((parsed.seconds ?? 0) * SECOND)
  );
}

export function isIsoDuration(value: string): boolean {
  try {
    durationToMs(value);
    return true;
  } catch {
    return false;
  }
}

/** The number of working days a duration gives, or undefined when it is elapsed time (ISO 8601) or no duration. */
export function workingDaysOf(duration: DeadlineDuration): number | undefined {
  const match = WORKING_DAYS.exec(duration);
  return match ? Number(match[1]) : undefined;
}

export function isDeadlineDuration(value: string): boolean {
  return workingDaysOf(value) !== undefined || isIsoDuration(value);
}

/**
 * `at` moved forward by `duration`, as an ISO timestamp. Working days are counted on `calendar` in `timeZone` (the
 * calendar's zone by default): Monday to Friday in UTC when there is no calendar.
 */
export function addDuration(at: string | number, duration: DeadlineDuration, calendar: WorkingCalendar = WEEKDAYS_IN_UTC, timeZone?: string): string {
  const start = typeof at === 'number' ? at : Date.parse(at);
  const workingDays = workingDaysOf(duration);
  if (workingDays !== undefined) return addWorkingDays(start, workingDays, calendar, timeZone);
  return new Date(start + durationToMs(duration)).toISOString();
}

/**
 * `at` moved back by `duration`, as an ISO timestamp: elapsed time for ISO 8601, or the moment from which that many
 * working days remain before `at` (the start of a working day) for working days. Used for reminder lead times.
 */
export function subtractDuration(at: string | number, duration: DeadlineDuration, calendar: WorkingCalendar = WEEKDAYS_IN_UTC, timeZone?: string): string {
  const end = typeof at === 'number' ? at : Date.parse(at);
  const workingDays = workingDaysOf(duration);
  if (workingDays !== undefined) return workingDaysBefore(end, workingDays, calendar, timeZone);
  return new Date(end - durationToMs(duration)).toISOString();
}
