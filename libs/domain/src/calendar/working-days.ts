import { endOfLocalDay, isoWeekday, LocalDay, localDateText, localDayOf, startOfLocalDay } from './local-time';
import { WorkingCalendar, ZoneOffset } from './working-calendar';

/*
 * Deadlines in working days, as auditors count them (the convention of EU Regulation 1182/71 and of most national
 * rules on time limits): the day the period starts is not counted, and a period of N working days ends with the last
 * moment of the Nth working day after it, in the time zone of the person who has to act. A request made on a Monday
 * with 10 working days to answer, in a week without holidays, is due at 23:59:59.999 local time on the Monday two weeks
 * later, whatever the hour it was made; made on a Saturday, it is due at the end of the second Friday.
 */

/** Guards the loops below against a calendar without working days (the schema already refuses seven weekend days). */
const MAX_DAYS_SCANNED = 20 * 366;

function offsetsOf(calendar: WorkingCalendar, timeZone: string | undefined): readonly ZoneOffset[] | undefined {
  return calendar.zoneOffsets[timeZone ?? calendar.timeZone] ?? calendar.zoneOffsets[calendar.timeZone];
}

const instant = (at: string | number) => (typeof at === 'number' ? at : Date.parse(at));
const iso = (at: number) => new Date(at).toISOString();

/** Whether people work on this local day: not a weekend day, not a holiday of the calendar. */
export function isWorkingDay(calendar: WorkingCalendar, day: LocalDay): boolean {
  return !calendar.weekendDays.includes(isoWeekday(day)) && !calendar.holidays.includes(localDateText(day));
}

/** Whether `at` falls on a working day in `timeZone` (the calendar's own zone when the calendar has no offsets for it). */
export function isOnWorkingDay(at: string | number, calendar: WorkingCalendar, timeZone?: string): boolean {
  return isWorkingDay(calendar, localDayOf(offsetsOf(calendar, timeZone), instant(at)));
}

/**
 * The deadline `n` working days after `start`: the last millisecond of the nth working day after the local day of
 * `start` in `timeZone`, as an ISO timestamp. With n = 0, the end of the day of `start` itself.
 */
export function addWorkingDays(start: string | number, n: number, calendar: WorkingCalendar, timeZone?: string): string {
  const offsets = offsetsOf(calendar, timeZone);
  let day = localDayOf(offsets, instant(start));
  for (let counted = 0, scanned = 0; counted < n; scanned += 1) {
    if (scanned > MAX_DAYS_SCANNED) throw new RangeError('the working calendar has no working days');
    day += 1;
    if (isWorkingDay(calendar, day)) counted += 1;
  }
  return iso(endOfLocalDay(offsets, day));
}

/**
 * The moment from which `n` working days remain before `end`: the start (local midnight) of the nth working day
 * counting back from the day `end` falls in, that day included when it is a working day. For a deadline at the end
 * of a Friday, one working day before is the start of that Friday and two are the start of Thursday. A deadline at
 * midnight sharp belongs to the day it closes. With n = 0, `end` itself.
 */
export function workingDaysBefore(end: string | number, n: number, calendar: WorkingCalendar, timeZone?: string): string {
  if (n <= 0) return iso(instant(end));
  const offsets = offsetsOf(calendar, timeZone);
  let day = localDayOf(offsets, instant(end) - 1);
  for (let counted = 0, scanned = 0; ; day -= 1, scanned += 1) {
    if (scanned > MAX_DAYS_SCANNED) throw new RangeError('the working calendar has no working days');
    if (isWorkingDay(calendar, day)) counted += 1;
    if (counted === n) return iso(startOfLocalDay(offsets, day));
  }
}

/** `at` itself when it falls on a working day, else the start (local midnight) of the next working day. */
export function nextWorkingDayStart(at: string | number, calendar: WorkingCalendar, timeZone?: string): string {
  const offsets = offsetsOf(calendar, timeZone);
  let day = localDayOf(offsets, instant(at));
  if (isWorkingDay(calendar, day)) return iso(instant(at));
  for (let scanned = 0; !isWorkingDay(calendar, day); scanned += 1) {
    if (scanned > MAX_DAYS_SCANNED) throw new RangeError('the working calendar has no working days');
    day += 1;
  }
  return iso(startOfLocalDay(offsets, day));
}
