import { timeZoneOf, WorkingCalendar } from '../calendar/working-calendar';
import { addDuration, DeadlineDuration } from '../duration';

/**
 * When work handed to `assignee` at `from` is due: `within` later, in elapsed time for an ISO 8601 duration, or in
 * working days of the audit's calendar counted in the assignee's time zone (Monday to Friday in UTC without one).
 */
export function dueDate(from: string, within: DeadlineDuration, calendar: WorkingCalendar | undefined, assignee: string): string {
  return addDuration(from, within, calendar, calendar && timeZoneOf(calendar, assignee));
}
