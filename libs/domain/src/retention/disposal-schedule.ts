import { parse } from 'tinyduration';
import { durationToMs } from '../duration';
import { FILE_RECORD_CLASSES, FileRecordClass, RecordRetention } from './record-classes';

/**
 * `at` plus a retention period, years and months by the calendar (a record kept "3 years" is kept until the same
 * day three years on, leap days included), the rest as elapsed time, so tests can run on seconds.
 */
export function addRetentionPeriod(at: string, period: string): string {
  const parsed = parse(period);
  const date = new Date(at);
  date.setUTCFullYear(date.getUTCFullYear() + (parsed.years ?? 0), date.getUTCMonth() + (parsed.months ?? 0));
  const rest = durationToMs(period) - (parsed.years ?? 0) * 365 * 86_400_000 - (parsed.months ?? 0) * 30 * 86_400_000;
  return new Date(date.getTime() + rest).toISOString();
}

export interface RetentionTerms {
  closedAt: string;
  periods: RecordRetention;
  noticeBefore: string;
  /** When completing the audit, the team kept the records at least until this date (6.6). */
  retainUntil?: string;
}

export interface ClassSchedule {
  recordClass: FileRecordClass;
  /** When its records are disposed of: the period's end, a later retainUntil, or a later extension. */
  disposeAt: string;
  noticeAt: string;
}

/**
 * When each class of file records is disposed of and its notice sent. Extensions the compliance lead granted move a
 * class later, never earlier.
 */
export function disposalSchedule(terms: RetentionTerms, extensions: Partial<Record<FileRecordClass, string>> = {}): ClassSchedule[] {
  return FILE_RECORD_CLASSES.map((recordClass) => {
    const candidates = [addRetentionPeriod(terms.closedAt, terms.periods[recordClass]), terms.retainUntil, extensions[recordClass]].filter((at): at is string => !!at);
    const disposeAt = new Date(Math.max(...candidates.map((at) => Date.parse(at)))).toISOString();
    const noticeAt = new Date(Math.max(Date.parse(terms.closedAt), Date.parse(disposeAt) - durationToMs(terms.noticeBefore))).toISOString();
    return { recordClass, disposeAt, noticeAt };
  }).sort((a, b) => Date.parse(a.disposeAt) - Date.parse(b.disposeAt));
}
