import { z } from 'zod';
import { onFirstUse } from '../on-first-use';

/** From `from` on, the zone is `minutes` east of UTC (until the next entry). */
export interface ZoneOffset {
  from: string;
  minutes: number;
}

/**
 * The working days an audit counts deadlines in, as plain data resolved when the audit was launched (see
 * `@auditflow/domain/launch-calendar`): the auditee unit's public holidays and weekend, and the UTC offsets of every
 * time zone involved. Carried in the audit's settings so replays compute the same dates.
 */
export const workingCalendarSchema = onFirstUse(() => {
  const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date such as 2026-12-24' });
  const isoWeekday = z.number().int().min(1).max(7);
  return z.strictObject({
    timeZone: z.string().describe("IANA zone of the auditee unit: the zone of everyone without one of their own"),
    personTimeZones: z.record(z.string(), z.string()).describe('IANA zones of people who work elsewhere, by lower-case e-mail'),
    zoneOffsets: z
      .record(z.string(), z.array(z.strictObject({ from: z.string(), minutes: z.number().int() })))
      .describe('UTC offsets of each zone above over the covered years, in time order'),
    weekendDays: z.array(isoWeekday).describe('ISO weekdays not worked: 1 is Monday, 7 is Sunday'),
    holidays: z.array(localDate).describe('public holidays and programme closures, as local dates, sorted'),
    coversFrom: localDate.describe('first date the holidays and offsets are known for'),
    coversThrough: localDate.describe('last date they are known for: later, only weekends count and the last offset holds'),
    source: z.string().describe('where the holidays came from, for people reading the settings'),
  });
});
export type WorkingCalendar = z.infer<ReturnType<typeof workingCalendarSchema>>;

/** Monday to Friday in UTC without holidays: what working days mean when a programme has no calendar. */
export const WEEKDAYS_IN_UTC: WorkingCalendar = {
  timeZone: 'UTC',
  personTimeZones: {},
  zoneOffsets: {},
  weekendDays: [6, 7],
  holidays: [],
  coversFrom: '1970-01-01',
  coversThrough: '1970-01-01',
  source: 'Monday to Friday, no holidays (no working calendar configured)',
};

/** The zone a task's dates are counted in: that of the person it waits on, else the auditee unit's. */
export function timeZoneOf(calendar: WorkingCalendar, person: string | undefined): string {
  return (person && calendar.personTimeZones[person.toLowerCase()]) || calendar.timeZone;
}
