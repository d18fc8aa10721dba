import { addRetentionPeriod, DEFAULT_RECORD_RETENTION, disposalSchedule } from '@auditflow/domain';

const closedAt = '2026-03-01T10:00:00.000Z';
const terms = { closedAt, periods: DEFAULT_RECORD_RETENTION, noticeBefore: 'P30D' };

describe('when records are disposed of', () => {
  it('counts years and months by the calendar, the rest as elapsed time', () => {
    expect(addRetentionPeriod('2024-02-29T00:00:00.000Z', 'P1Y')).toBe('2025-03-01T00:00:00.000Z');
    expect(addRetentionPeriod(closedAt, 'P3Y')).toBe('2029-03-01T10:00:00.000Z');
    expect(addRetentionPeriod(closedAt, 'P1Y2M3D')).toBe('2027-05-04T10:00:00.000Z');
    expect(addRetentionPeriod(closedAt, 'PT20S')).toBe('2026-03-01T10:00:20.000Z');
  });

  it('disposes of evidence and supplied documents after 3 years and reports after 6, each noticed 30 days before', () => {
    expect(disposalSchedule(terms)).toEqual([
      { recordClass: 'working-evidence', disposeAt: '2029-03-01T10:00:00.000Z', noticeAt: '2029-01-30T10:00:00.000Z' },
      { recordClass: 'supplied-document', disposeAt: '2029-03-01T10:00:00.000Z', noticeAt: '2029-01-30T10:00:00.000Z' },
      { recordClass: 'issued-report', disposeAt: '2032-03-01T10:00:00.000Z', noticeAt: '2032-01-31T10:00:00.000Z' },
    ]);
  });

  it('keeps records to a later retainUntil or extension, never shorter', () => {
    const schedule = disposalSchedule({ ...terms, retainUntil: '2030-01-01T00:00:00.000Z' }, { 'issued-report': '2035-01-01T00:00:00.000Z', 'working-evidence': '2027-01-01T00:00:00.000Z' });
    expect(Object.fromEntries(schedule.map((entry) => [entry.recordClass, entry.disposeAt]))).toEqual({
      'working-evidence': '2030-01-01T00:00:00.000Z',
      'supplied-document': '2030-01-01T00:00:00.000Z',
      'issued-report': '2035-01-01T00:00:00.000Z',
    });
  });

  it('sends the notice no earlier than the close when the period is shorter than the notice', () => {
    const [first] = disposalSchedule({ closedAt, periods: { ...DEFAULT_RECORD_RETENTION, 'working-evidence': 'PT20S' }, noticeBefore: 'PT30S' });
    expect(first).toEqual({ recordClass: 'working-evidence', disposeAt: '2026-03-01T10:00:20.000Z', noticeAt: closedAt });
  });
});
