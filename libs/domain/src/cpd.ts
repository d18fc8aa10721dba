import { z } from 'zod';
import { calendarDate, shortText } from './schemas';
import { invalid } from './rejection';
import { durationToMs } from './duration';

/**
 * Continual professional development (ISO 19011 7.6): the hours an auditor spends keeping their competence, recorded
 * by themselves or a programme manager, against a yearly target (CPD_HOURS_PER_YEAR).
 */
export const cpdRecordSchema = z.object({
  date: calendarDate.describe('when the activity took place (not in the future)'),
  hours: z.number().positive({ message: 'must be more than 0' }).max(1000),
  activity: shortText.describe('e.g. ISO/IEC 27001:2022 transition course'),
  evidenceRef: shortText.describe('where the evidence is: certificate, attendance record, file id'),
});
export type CpdRecordInput = z.output<typeof cpdRecordSchema>;

/** A CPD record as the profile keeps it: who recorded it and when. */
export interface CpdRecord extends CpdRecordInput {
  recordedBy: string;
  recordedAt: string;
}

/** Refuses a CPD record dated after `now` (UTC): hours not yet spent do not count. */
export function checkCpdRecord(record: Pick<CpdRecordInput, 'date'>, now: Date): void {
  if (record.date > now.toISOString().slice(0, 10)) throw invalid('date', 'must not be in the future');
}

export interface CpdStanding {
  /** The calendar year (UTC) the figures are for. */
  year: number;
  hoursThisYear: number;
  targetHours: number;
  /** The target pro rata for the whole days of the year gone by before today. */
  expectedByNow: number;
  /** Fewer hours this year than expected by now. */
  behind: boolean;
}

const DAY_MS = 86_400_000;

/**
 * The auditor's CPD this year against the yearly target, pro rata: by the start of day d of the year, (d − 1) / days
 * in the year of the target is expected. So nobody is behind on 1 January, and the whole target is due by 31 December's
 * end. Years are calendar years in UTC.
 */
export function cpdStanding(records: readonly Pick<CpdRecordInput, 'date' | 'hours'>[], targetHours: number, now: Date): CpdStanding {
  const year = now.getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  const daysInYear = (Date.UTC(year + 1, 0, 1) - start) / DAY_MS;
  const daysGone = Math.floor((now.getTime() - start) / DAY_MS);
  const hoursThisYear = roundHours(records.filter((record) => record.date.startsWith(`${year}-`)).reduce((sum, record) => sum + record.hours, 0));
  const expectedByNow = roundHours((targetHours * daysGone) / daysInYear);
  return { year, hoursThisYear, targetHours, expectedByNow, behind: hoursThisYear < expectedByNow };
}

/** Hours to the hundredth: sums of fractions such as 0.1 + 0.2 compare as people read them. */
function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}

/**
 * The start of the CPD reminder period `at` falls in: periods of CPD_REMINDER_EVERY counted from the Unix epoch (UTC
 * midnights for whole days). An auditor behind target is reminded at most once a period.
 */
export function cpdReminderPeriodStart(at: Date, every: string): string {
  const length = durationToMs(every);
  return new Date(Math.floor(at.getTime() / length) * length).toISOString();
}
