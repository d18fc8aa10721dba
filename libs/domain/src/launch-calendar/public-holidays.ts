import Holidays from 'date-holidays';
import { HolidaySource } from '../calendar/working-calendar-settings';
import { DAY_MS, localDateText, localDayFromText } from '../calendar/local-time';
import { invalid } from '../rejection';

/**
 * The public holidays of a country (and state or region) from the maintained date-holidays data, as local dates.
 * Only whole days count: half-day holidays (an afternoon off) leave the day a working day. Holidays of several days
 * count each day.
 */
export function publicHolidays(source: Pick<HolidaySource, 'country' | 'subdivision'>, years: readonly number[]): string[] {
  const calendar = source.subdivision ? new Holidays(source.country, source.subdivision, { types: ['public'] }) : new Holidays(source.country, { types: ['public'] });
  const dates = new Set<string>();
  for (const year of years) {
    for (const holiday of calendar.getHolidays(year)) {
      if (holiday.type !== 'public') continue;
      const days = Math.round((holiday.end.getTime() - holiday.start.getTime()) / DAY_MS);
      const first = localDayFromText(holiday.date.slice(0, 10));
      for (let day = first; day < first + days; day += 1) dates.add(localDateText(day));
    }
  }
  return [...dates].sort();
}

/** Refuses a country or state the holiday data does not know (the library would quietly fall back to the country). */
export function checkHolidaySource(source: Pick<HolidaySource, 'country' | 'subdivision'>, field: string): void {
  const known = new Holidays();
  if (!known.getCountries()[source.country]) throw invalid(`${field}.country`, `has no public-holiday data for "${source.country}"`);
  if (source.subdivision && !known.getStates(source.country)?.[source.subdivision]) {
    const states = Object.keys(known.getStates(source.country) ?? {});
    throw invalid(`${field}.subdivision`, `"${source.subdivision}" is not a state or region of ${source.country} with holiday data${states.length ? ` (known: ${states.join(', ')})` : ''}`);
  }
}
