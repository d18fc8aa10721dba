import { WorkingCalendar } from '../calendar/working-calendar';
import { HolidaySource, WorkingCalendarSettings } from '../calendar/working-calendar-settings';
import { DAY_MS } from '../calendar/local-time';
import { AuditSettings, AuditSettingsOverrides, resolveSettings } from '../settings';
import { checkHolidaySource, publicHolidays } from './public-holidays';
import { zoneOffsets } from './zone-offsets';

/*
 * Resolving a programme's working calendar into the plain data an audit carries. Runs in the API when an audit is
 * launched, never in a workflow: it reads the holiday library and the runtime's time-zone database, whose answers
 * change with their versions. Kept out of the package's main entry so workflow bundles never include them.
 */

export { checkHolidaySource, publicHolidays } from './public-holidays';
export { utcOffsetMinutes, zoneOffsets } from './zone-offsets';

/** Calendar years covered from the launch year on: audits and their follow-ups rarely run longer. */
export const CALENDAR_YEARS_COVERED = 5;

/** The working calendar of an audit of `auditeeUnit` launched at `launchedAt`, from the programme's settings. */
export function resolveWorkingCalendar(settings: WorkingCalendarSettings, auditeeUnit: string, launchedAt: string | Date): WorkingCalendar {
  const source: HolidaySource = settings.units?.[auditeeUnit] ?? settings;
  const firstYear = new Date(launchedAt).getUTCFullYear();
  const years = Array.from({ length: CALENDAR_YEARS_COVERED }, (_, index) => firstYear + index);
  const coversFrom = `${firstYear}-01-01`;
  const coversThrough = `${firstYear + CALENDAR_YEARS_COVERED - 1}-12-31`;
  const removed = new Set(source.removedHolidays ?? []);
  const holidays = [...new Set([...publicHolidays(source, years), ...(source.extraHolidays ?? [])])]
    .filter((date) => !removed.has(date) && date >= coversFrom && date <= coversThrough)
    .sort();
  const personTimeZones = Object.fromEntries(Object.entries(settings.personTimeZones ?? {}).map(([email, zone]) => [email.toLowerCase(), zone]));
  // A day's margin either side: the first and last local days begin and end in UTC on neighbouring dates.
  const from = Date.parse(`${coversFrom}T00:00:00Z`) - DAY_MS;
  const until = Date.parse(`${coversThrough}T00:00:00Z`) + 2 * DAY_MS;
  const zones = [...new Set([source.timeZone, ...Object.values(personTimeZones)])];
  return {
    timeZone: source.timeZone,
    personTimeZones,
    zoneOffsets: Object.fromEntries(zones.map((zone) => [zone, zoneOffsets(zone, from, until)])),
    weekendDays: [...new Set(source.weekendDays ?? [6, 7])].sort((a, b) => a - b),
    holidays,
    coversFrom,
    coversThrough,
    source: describeSource(source, auditeeUnit, settings.units?.[auditeeUnit] !== undefined),
  };
}

/** The settings an audit is launched with: the programme's overrides over the defaults, its working calendar resolved. */
export function launchSettings(overrides: AuditSettingsOverrides, auditeeUnit: string, launchedAt: string | Date): AuditSettings {
  const settings = resolveSettings(overrides);
  return overrides.workingCalendar ? { ...settings, workingCalendar: resolveWorkingCalendar(overrides.workingCalendar, auditeeUnit, launchedAt) } : settings;
}

/** Refuses a programme's working calendar whose countries or states the holiday data does not know (422 naming the field). */
export function checkWorkingCalendarSettings(settings: WorkingCalendarSettings, field = 'settings.workingCalendar'): void {
  checkHolidaySource(settings, field);
  for (const [unit, source] of Object.entries(settings.units ?? {})) checkHolidaySource(source, `${field}.units.${unit}`);
}

function describeSource(source: HolidaySource, unit: string, ofUnit: boolean): string {
  const place = source.subdivision ? `${source.country}-${source.subdivision}` : source.country;
  const adjustments = [
    source.extraHolidays?.length ? `${source.extraHolidays.length} extra day(s) off` : '',
    source.removedHolidays?.length ? `${source.removedHolidays.length} holiday(s) worked` : '',
  ].filter(Boolean);
  return `public holidays of ${place}${ofUnit ? ` (calendar of ${unit})` : ''}${adjustments.length ? `, ${adjustments.join(', ')}` : ''}, in ${source.timeZone}`;
}
