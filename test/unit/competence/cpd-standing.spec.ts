import { checkCpdRecord, cpdRecordSchema, cpdReminderPeriodStart, cpdStanding } from '@auditflow/domain';

// Behind pro rata: fewer hours this calendar year (UTC) than the yearly target times the share of the year's whole
// days gone by before today.
describe('CPD standing against the yearly target', () => {
  const record = (date: string, hours: number) => ({ date, hours });

  it('expects nothing on 1 January, so nobody is behind then', () => {
    expect(cpdStanding([], 40, new Date('2026-01-01T23:59:00Z'))).toEqual({ year: 2026, hoursThisYear: 0, targetHours: 40, expectedByNow: 0, behind: false });
  });

  it('expects the target pro rata for the days gone by: half of 2026 (182.5 of 365 days) by 2 July noon counts 182 days', () => {
    const standing = cpdStanding([record('2026-03-10', 19.94)], 40, new Date('2026-07-02T12:00:00Z'));
    expect(standing.expectedByNow).toBe(19.95); // 40 × 182 / 365 = 19.945…
    expect(standing).toMatchObject({ hoursThisYear: 19.94, behind: true });
    expect(cpdStanding([record('2026-03-10', 19.95)], 40, new Date('2026-07-02T12:00:00Z')).behind).toBe(false);
  });

  it('counts only this calendar year, in leap years over 366 days', () => {
    const records = [record('2027-12-31', 30), record('2028-01-15', 4), record('2028-02-29', 6)];
    const standing = cpdStanding(records, 36.6, new Date('2028-03-01T08:00:00Z'));
    // 31 + 29 = 60 days gone by before 1 March 2028: 36.6 × 60 / 366 = 6.
    expect(standing).toEqual({ year: 2028, hoursThisYear: 10, targetHours: 36.6, expectedByNow: 6, behind: false });
  });

  it('sums fractions of hours as people read them, not as floating point does', () => {
    const standing = cpdStanding([record('2026-01-02', 0.1), record('2026-01-02', 0.2)], 0, new Date('2026-01-03T00:00:00Z'));
    expect(standing.hoursThisYear).toBe(0.3);
  });

  it('with no target (0), nobody is behind', () => {
    expect(cpdStanding([], 0, new Date('2026-12-31T23:00:00Z'))).toMatchObject({ expectedByNow: 0, behind: false });
  });

  it('by the end of the year the whole target but the last day is due', () => {
    expect(cpdStanding([record('2026-06-01', 39)], 40, new Date('2026-12-31T10:00:00Z'))).toMatchObject({ expectedByNow: 39.89, behind: true });
  });
});

describe('a CPD record', () => {
  it('needs more than 0 hours, a date, an activity and evidence', () => {
    const result = cpdRecordSchema.safeParse({ date: '2026-02-30', hours: 0, activity: ' ', evidenceRef: '' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['activity', 'date', 'evidenceRef', 'hours']);
    expect(cpdRecordSchema.safeParse({ date: '2026-02-28', hours: 1.5, activity: 'Course', evidenceRef: 'CERT-1' }).success).toBe(true);
  });

  it('may not be dated in the future (UTC)', () => {
    const now = new Date('2026-05-10T23:30:00Z');
    expect(() => checkCpdRecord({ date: '2026-05-10' }, now)).not.toThrow();
    expect(() => checkCpdRecord({ date: '2026-05-11' }, now)).toThrow(expect.objectContaining({ kind: 'invalid', field: 'date' }));
  });
});

describe('the CPD reminder period', () => {
  it('is a UTC day for P1D and a week (from the epoch) for P7D, so repeated runs in it share one reminder', () => {
    expect(cpdReminderPeriodStart(new Date('2026-12-02T00:00:00Z'), 'P1D')).toBe('2026-12-02T00:00:00.000Z');
    expect(cpdReminderPeriodStart(new Date('2026-12-02T23:59:59Z'), 'P1D')).toBe('2026-12-02T00:00:00.000Z');
    // The epoch was a Thursday: weekly periods run Thursday to Wednesday.
    expect(cpdReminderPeriodStart(new Date('2026-12-02T12:00:00Z'), 'P7D')).toBe('2026-11-26T00:00:00.000Z');
    expect(cpdReminderPeriodStart(new Date('2026-12-03T00:00:00Z'), 'P7D')).toBe('2026-12-03T00:00:00.000Z');
    expect(cpdReminderPeriodStart(new Date('2026-12-02T12:00:07.500Z'), 'PT5S')).toBe('2026-12-02T12:00:05.000Z');
  });
});
