import { addDuration, addWorkingDays, isOnWorkingDay, nextWorkingDayStart, subtractDuration, WEEKDAYS_IN_UTC, WorkingCalendar, workingDaysBefore } from '@auditflow/domain';
import { resolveWorkingCalendar } from '@auditflow/domain/launch-calendar';

// The rule: N working days after a moment end with the last millisecond of the Nth working day after that moment's
// local day, in the zone of the person who has to act; the starting day itself is never counted.

const bavaria2026 = resolveWorkingCalendar({ country: 'DE', subdivision: 'BY', timeZone: 'Europe/Berlin' }, 'Plant Munich', '2026-02-01T00:00:00Z');
const newZealand2026 = resolveWorkingCalendar({ country: 'NZ', timeZone: 'Pacific/Auckland' }, 'Auckland office', '2026-02-01T00:00:00Z');

describe('working days', () => {
  describe('addWorkingDays', () => {
    it('skips the weekend, Good Friday and Easter Monday, and ends the 10th day at local midnight after the clocks went forward (Europe/Berlin)', () => {
      // Thursday 26 March 2026, 14:00 in Berlin (UTC+1). Clocks go forward on Sunday 29 March; 3 and 6 April are holidays.
      const due = addWorkingDays('2026-03-26T13:00:00Z', 10, bavaria2026, 'Europe/Berlin');
      // Fri 27, Mon 30, Tue 31, Wed 1, Thu 2, (Fri 3, Mon 6 holidays), Tue 7, Wed 8, Thu 9, Fri 10, Mon 13 April: end of that day in CEST (UTC+2).
      expect(due).toBe('2026-04-13T21:59:59.999Z');
    });

    it('counts in the local day of the person, not the UTC day, and skips Labour Day (Pacific/Auckland)', () => {
      // 20:00 UTC on Tuesday 20 October is 09:00 on Wednesday 21 October in Auckland (UTC+13); Monday 26 October is Labour Day.
      const due = addWorkingDays('2026-10-20T20:00:00Z', 3, newZealand2026, 'Pacific/Auckland');
      // Thu 22, Fri 23, (Sat, Sun, Labour Day), Tue 27: end of Tuesday 27 October, 23:59:59.999 at UTC+13.
      expect(due).toBe('2026-10-27T10:59:59.999Z');
      // Counted on the UTC day (Tuesday 20 October), as a calendar without offsets does, it would end on Friday 23.
      expect(addWorkingDays('2026-10-20T20:00:00Z', 3, { ...newZealand2026, zoneOffsets: {} }, 'Pacific/Auckland')).toBe('2026-10-23T23:59:59.999Z');
    });

    it('ends a period that crosses the end of summer time at the local end of the day (Pacific/Auckland, 5 April 2026)', () => {
      // Wednesday 1 April 09:00 NZDT (UTC+13); Good Friday 3 April and Easter Monday 6 April are holidays; NZST (UTC+12) from 5 April.
      const due = addWorkingDays('2026-03-31T20:00:00Z', 2, newZealand2026, 'Pacific/Auckland');
      // Thu 2 April, (Fri 3, Sat, Sun, Mon 6), Tue 7 April: 23:59:59.999 at UTC+12.
      expect(due).toBe('2026-04-07T11:59:59.999Z');
    });

    it('does not count the starting day, whatever the hour, and starts counting on Monday from a Saturday', () => {
      expect(addWorkingDays('2026-06-08T00:00:00Z', 1, WEEKDAYS_IN_UTC)).toBe('2026-06-09T23:59:59.999Z');
      expect(addWorkingDays('2026-06-08T23:59:00Z', 1, WEEKDAYS_IN_UTC)).toBe('2026-06-09T23:59:59.999Z');
      expect(addWorkingDays('2026-06-13T10:00:00Z', 1, WEEKDAYS_IN_UTC)).toBe('2026-06-15T23:59:59.999Z');
      expect(addWorkingDays('2026-06-13T10:00:00Z', 10, WEEKDAYS_IN_UTC)).toBe('2026-06-26T23:59:59.999Z');
    });

    it('takes the offsets the calendar carries, not those of the runtime, so a replay computes the same date', () => {
      // A calendar resolved when Berlin was (say) on UTC+1 all year: the result follows the data.
      const frozen: WorkingCalendar = { ...bavaria2026, zoneOffsets: { 'Europe/Berlin': [{ from: '2026-01-01T00:00:00.000Z', minutes: 60 }] } };
      expect(addWorkingDays('2026-03-26T13:00:00Z', 10, frozen, 'Europe/Berlin')).toBe('2026-04-13T22:59:59.999Z');
    });

    it('counts a zone the calendar has no offsets for in the calendar’s own zone', () => {
      expect(addWorkingDays('2026-03-26T13:00:00Z', 10, bavaria2026, 'Asia/Tokyo')).toBe(addWorkingDays('2026-03-26T13:00:00Z', 10, bavaria2026));
    });
  });

  describe('workingDaysBefore', () => {
    const endOfFriday = '2026-05-15T21:59:59.999Z'; // Friday 15 May 2026, 23:59:59.999 in Berlin; Thursday 14 May is Ascension Day

    it('is the start of the Nth working day counting back from the deadline’s day, that day included', () => {
      expect(workingDaysBefore(endOfFriday, 1, bavaria2026, 'Europe/Berlin')).toBe('2026-05-14T22:00:00.000Z');
      // Two working days before skips the holiday on Thursday: Wednesday 13 May at local midnight.
      expect(workingDaysBefore(endOfFriday, 2, bavaria2026, 'Europe/Berlin')).toBe('2026-05-12T22:00:00.000Z');
    });

    it('gives a deadline at midnight sharp to the day it closes', () => {
      expect(workingDaysBefore('2026-06-13T00:00:00Z', 1, WEEKDAYS_IN_UTC)).toBe('2026-06-12T00:00:00.000Z');
    });
  });

  describe('nextWorkingDayStart', () => {
    it('keeps a moment on a working day and moves one on a holiday or weekend to the next working day’s local midnight', () => {
      expect(nextWorkingDayStart('2026-05-13T08:00:00Z', bavaria2026, 'Europe/Berlin')).toBe('2026-05-13T08:00:00.000Z');
      expect(nextWorkingDayStart('2026-05-14T08:00:00Z', bavaria2026, 'Europe/Berlin')).toBe('2026-05-14T22:00:00.000Z');
      expect(nextWorkingDayStart('2026-05-16T08:00:00Z', bavaria2026, 'Europe/Berlin')).toBe('2026-05-17T22:00:00.000Z');
      expect(isOnWorkingDay('2026-05-14T08:00:00Z', bavaria2026, 'Europe/Berlin')).toBe(false);
    });

    it('starts the day when the clocks jump, where midnight does not exist (America/Santiago, 6 September 2026)', () => {
      const chile = resolveWorkingCalendar({ country: 'CL', timeZone: 'America/Santiago', weekendDays: [6] }, 'Santiago', '2026-01-01T00:00:00Z');
      // Saturday 5 September is a weekend day here; on Sunday 6 September clocks go from 00:00 (UTC-4) straight to 01:00 (UTC-3).
      expect(nextWorkingDayStart('2026-09-05T15:00:00Z', chile, 'America/Santiago')).toBe('2026-09-06T04:00:00.000Z');
    });
  });

  describe('addDuration and subtractDuration', () => {
    it('keep ISO 8601 durations in elapsed time, calendar or not', () => {
      expect(addDuration('2026-05-13T08:00:00Z', 'P1D', bavaria2026, 'Europe/Berlin')).toBe('2026-05-14T08:00:00.000Z');
      expect(addDuration('2026-05-13T08:00:00Z', 'PT30S')).toBe('2026-05-13T08:00:30.000Z');
      expect(subtractDuration('2026-05-14T08:00:00Z', 'P1D', bavaria2026)).toBe('2026-05-13T08:00:00.000Z');
    });

    it('count working days on the calendar, and Monday to Friday in UTC without one', () => {
      expect(addDuration('2026-03-26T13:00:00Z', '10 working days', bavaria2026, 'Europe/Berlin')).toBe('2026-04-13T21:59:59.999Z');
      expect(addDuration('2026-04-02T13:00:00Z', '1 working day')).toBe('2026-04-03T23:59:59.999Z');
      expect(subtractDuration('2026-05-15T21:59:59.999Z', '2 working days', bavaria2026, 'Europe/Berlin')).toBe('2026-05-12T22:00:00.000Z');
    });
  });
});
