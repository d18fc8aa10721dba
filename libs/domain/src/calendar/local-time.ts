import { ZoneOffset } from './working-calendar';

/**
 * Local dates and times from UTC offsets carried as data. Workflows replay these computations, so they do not ask
 * the runtime's time-zone database (which changes between Node versions): the offsets of each zone were resolved once,
 * at launch, and travel with the audit. A zone without offsets counts as UTC.
 */

export const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * MINUTE_MS;

/** A local calendar date as days since 1970-01-01 (day 0 was a Thursday). */
export type LocalDay = number;

/** The zone's offset east of UTC in minutes at `instant`; before the first change, the first known offset. */
export function offsetAt(offsets: readonly ZoneOffset[] | undefined, instant: number): number {
  if (!offsets || offsets.length === 0) return 0;
  let minutes = offsets[0]!.minutes;
  for (const offset of offsets) {
    if (Date.parse(offset.from) > instant) break;
    minutes = offset.minutes;
  }
  return minutes;
}

/** The local calendar date of `instant`. */
export function localDayOf(offsets: readonly ZoneOffset[] | undefined, instant: number): LocalDay {
  return Math.floor((instant + offsetAt(offsets, instant) * MINUTE_MS) / DAY_MS);
}

/**
 * The first instant of local day `day`: local midnight, or, where a clock change skips midnight, the moment the
 * clocks jump. Where midnight happens twice (clocks set back across it), the first one.
 */
export function startOfLocalDay(offsets: readonly ZoneOffset[] | undefined, day: LocalDay): number {
  const localMidnight = day * DAY_MS;
  const segments = segmentsOf(offsets);
  const solutions = segments.map((segment) => ({ segment, instant: localMidnight - segment.minutes * MINUTE_MS })).filter(({ segment, instant }) => instant >= segment.from && instant < segment.until);
  if (solutions.length > 0) return Math.min(...solutions.map(({ instant }) => instant));
  // Midnight does not exist that day: the day starts when the clocks jump past it.
  const jump = segments.find((segment, index) => index > 0 && segment.from > localMidnight - segment.minutes * MINUTE_MS && segment.from <= localMidnight - segments[index - 1]!.minutes * MINUTE_MS);
  return jump ? jump.from : localMidnight;
}

/** The last millisecond of local day `day`. */
export function endOfLocalDay(offsets: readonly ZoneOffset[] | undefined, day: LocalDay): number {
  return startOfLocalDay(offsets, day + 1) - 1;
}

/** ISO 8601 weekday of a local day: 1 is Monday, 7 is Sunday. */
export function isoWeekday(day: LocalDay): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** `YYYY-MM-DD` of a local day. */
export function localDateText(day: LocalDay): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The local day named `YYYY-MM-DD`. */
export function localDayFromText(date: string): LocalDay {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

interface Segment {
  from: number;
  until: number;
  minutes: number;
}

/** The offsets as half-open spans of instants; the first reaches back and the last forward without end. */
function segmentsOf(offsets: readonly ZoneOffset[] | undefined): Segment[] {
  if (!offsets || offsets.length === 0) return [{ from: -Infinity, until: Infinity, minutes: 0 }];
  return offsets.map((offset, index) => ({
    from: index === 0 ? -Infinity : Date.parse(offset.from),
    until: index + 1 < offsets.length ? Date.parse(offsets[index + 1]!.from) : Infinity,
    minutes: offset.minutes,
  }));
}
