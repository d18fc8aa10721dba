import { addDuration, durationToMs, isIsoDuration } from '@auditflow/domain';
import { DAY, HOUR, MINUTE, SECOND } from './support/fixtures';

describe('ISO 8601 durations', () => {
  describe('durationToMs', () => {
    it.each([
      ['PT30S', 30 * SECOND],
      ['PT0.5S', 500],
      ['PT15M', 15 * MINUTE],
      ['PT12H', 12 * HOUR],
      ['PT1H30M', 90 * MINUTE],
      ['P14D', 14 * DAY],
      ['P2W', 14 * DAY],
      ['P0D', 0],
      ['P1DT2H3M4S', DAY + 2 * HOUR + 3 * MINUTE + 4 * SECOND],
    ])('reads %s as %d ms', (duration, expected) => {
      expect(durationToMs(duration)).toBe(expected);
    });

    it('counts a month as 30 days and a year as 365 days, whatever the calendar says', () => {
      expect(durationToMs('P1M')).toBe(30 * DAY);
      expect(durationToMs('P2M')).toBe(60 * DAY);
      expect(durationToMs('P1Y')).toBe(365 * DAY);
      expect(durationToMs('P1Y2M3W4DT5H6M7S')).toBe(365 * DAY + 60 * DAY + 21 * DAY + 4 * DAY + 5 * HOUR + 6 * MINUTE + 7 * SECOND);
    });

    it.each(['', 'P', 'PT', '14D', '14 days', 'p1d', 'P1X', 'T1H', 'P1H', 'PT1D'])('rejects %j with a RangeError naming the value', (value) => {
      expect(() => durationToMs(value)).toThrow(RangeError);
      expect(() => durationToMs(value)).toThrow(`"${value}" is not an ISO 8601 duration`);
    });

    // Only the whole string counts: a typo must not silently shorten a deadline.
    it.each([
      ['P1D2H', 'time part without T'],
      ['P1M1Y', 'units out of order'],
      ['PT1H30', 'number without unit'],
      ['P1DT', 'T without a time part'],
      ['P1DP2D', 'two durations'],
      [' P1D', 'leading blank'],
      ['P1D ', 'trailing blank'],
      ['P7D!', 'trailing junk'],
      ['xP7D', 'leading junk'],
    ])('rejects %j (%s) instead of reading only part of it', (value) => {
      expect(() => durationToMs(value)).toThrow(`"${value}" is not an ISO 8601 duration`);
      expect(isIsoDuration(value)).toBe(false);
    });

    it('rejects a negative duration', () => {
      expect(() => durationToMs('-P1D')).toThrow(new RangeError('"-P1D" must not be negative'));
    });

    it.each(['P-7D', 'PT-30S', 'P1DT-1H'])('rejects %j, a duration with a negative component', (value) => {
      expect(() => durationToMs(value)).toThrow(RangeError);
      expect(isIsoDuration(value)).toBe(false);
    });
  });

  describe('isIsoDuration', () => {
    it('accepts valid durations and refuses invalid or negative ones without throwing', () => {
      expect(isIsoDuration('P7D')).toBe(true);
      expect(isIsoDuration('PT30S')).toBe(true);
      expect(isIsoDuration('P1M')).toBe(true);
      expect(isIsoDuration('7D')).toBe(false);
      expect(isIsoDuration('-PT1S')).toBe(false);
      expect(isIsoDuration('')).toBe(false);
    });
  });

  describe('addDuration', () => {
    it('moves an ISO timestamp forward and returns an ISO timestamp in UTC', () => {
      expect(addDuration('2027-03-01T09:00:00Z', 'P14D')).toBe('2027-03-15T09:00:00.000Z');
      expect(addDuration('2027-03-01T09:00:00+02:00', 'PT1H')).toBe('2027-03-01T08:00:00.000Z');
    });

    it('accepts epoch milliseconds as the start', () => {
      expect(addDuration(Date.parse('2027-03-01T00:00:00Z'), 'PT30S')).toBe('2027-03-01T00:00:30.000Z');
    });

    it('adds a month as 30 days, not to the same day of the next month', () => {
      expect(addDuration('2027-01-31T00:00:00Z', 'P1M')).toBe('2027-03-02T00:00:00.000Z');
      expect(addDuration('2028-01-01T00:00:00Z', 'P1Y')).toBe('2028-12-31T00:00:00.000Z'); // 2028 is a leap year
    });

    it('returns the same instant for a zero duration', () => {
      expect(addDuration('2027-03-01T00:00:00.000Z', 'PT0S')).toBe('2027-03-01T00:00:00.000Z');
    });

    it('throws on an invalid duration instead of returning an invalid date', () => {
      expect(() => addDuration('2027-03-01T00:00:00Z', '3 days')).toThrow(RangeError);
    });
  });
});
