import { readableDuration, readableSlot, readableUtc } from '@auditflow/activities/notifications';

describe('readable dates', () => {
  it('writes an instant in UTC with the weekday', () => {
    expect(readableUtc('2026-11-27T17:00:00.000Z')).toBe('Fri 27 Nov 2026, 17:00 UTC');
    expect(readableUtc('2026-03-01T00:05:00+01:00')).toBe('Sat 28 Feb 2026, 23:05 UTC');
  });

  it('refuses what is not a date instead of printing "Invalid Date"', () => {
    expect(() => readableUtc(undefined)).toThrow(/ISO date-time/);
    expect(() => readableUtc('next week')).toThrow(/ISO date-time/);
  });

  it('writes a slot in its zone, across daylight saving changes, with UTC alongside', () => {
    expect(readableSlot('2026-03-29T00:30:00Z', '2026-03-29T01:30:00Z', 'Europe/Berlin')).toBe('Sun 29 Mar 2026, 01:30–03:30 Europe/Berlin (00:30–01:30 UTC)');
    expect(readableSlot('2026-07-01T23:00:00Z', '2026-07-02T00:30:00Z', 'Asia/Tokyo')).toBe('Thu 2 Jul 2026, 08:00–09:30 Asia/Tokyo (Wed 1 Jul 2026, 23:00 – Thu 2 Jul 2026, 00:30 UTC)');
    expect(readableSlot('2026-07-01T08:00:00Z', '2026-07-01T09:00:00Z', 'UTC')).toBe('Wed 1 Jul 2026, 08:00–09:00 UTC');
    expect(readableSlot('2026-07-01T08:00:00Z', '2026-07-01T09:00:00Z', 'Nowhere/Land')).toBe('Wed 1 Jul 2026, 08:00–09:00 UTC');
  });

  it('writes ISO 8601 durations in words', () => {
    expect(readableDuration('P2D')).toBe('2 days');
    expect(readableDuration('P1DT2H')).toBe('1 day 2 hours');
    expect(readableDuration('PT30S')).toBe('30 seconds');
    expect(readableDuration('2 working days')).toBe('2 working days');
    expect(readableDuration('1 working day')).toBe('1 working day');
    expect(() => readableDuration(undefined)).toThrow(/ISO 8601 duration/);
  });
});
