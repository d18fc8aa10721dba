import { z } from 'zod';
import { email, timeZone } from '../schemas';

const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date such as 2026-12-24' })
  .refine(
    (value) => {
      // The regex check does not stop zod from running this one, so a malformed value must not throw here.
      const at = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(at.getTime()) && at.toISOString().startsWith(value);
    },
    { message: 'must be a date that exists, such as 2026-12-24' },
  );

/** Where a unit's working days come from: its country's public holidays, adjusted by the programme. */
export const holidaySourceSchema = z.strictObject({
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 country code such as DE or NZ' })
    .describe('country whose public holidays are not worked'),
  subdivision: z
    .string()
    .regex(/^[A-Z0-9]{1,3}$/, { message: 'must be the code of a state or region within the country, such as BY for Bavaria' })
    .optional()
    .describe('state or region (ISO 3166-2 without the country), for holidays kept only there'),
  timeZone: timeZone.describe("the unit's IANA time zone"),
  weekendDays: z
    .array(z.number().int().min(1).max(7))
    .max(6, { message: 'must leave at least one working day in the week' })
    .optional()
    .describe('ISO weekdays not worked (1 is Monday, 7 is Sunday); Saturday and Sunday when absent'),
  extraHolidays: z.array(localDate).max(400).optional().describe('further days not worked, such as a closure between Christmas and New Year'),
  removedHolidays: z.array(localDate).max(400).optional().describe('public holidays worked all the same'),
});
export type HolidaySource = z.infer<typeof holidaySourceSchema>;

/**
 * A programme's working calendar: the default source, sources for auditee units that differ, and the zones of people
 * who work elsewhere. Resolved into plain dates when an audit is launched (`@auditflow/domain/launch-calendar`).
 */
export const workingCalendarSettingsSchema = holidaySourceSchema.extend({
  units: z.record(z.string().min(1), holidaySourceSchema).optional().describe('sources of auditee units whose calendar differs, by unit name'),
  personTimeZones: z.record(email, timeZone).optional().describe('IANA time zones of people who work elsewhere than the auditee unit, by e-mail'),
});
export type WorkingCalendarSettings = z.infer<typeof workingCalendarSettingsSchema>;
