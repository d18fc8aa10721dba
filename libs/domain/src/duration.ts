import { parse } from 'tinyduration';

/** An ISO 8601 duration such as `P14D` or `PT30S`. Settings use these so tests can run in seconds. */
export type IsoDuration = string;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The whole string must be a duration: the parser alone reads a matching prefix and accepts signed components. */
const NUMBER = String.raw`\d+(?:[.,]\d+)?`;
const ISO_DURATION = new RegExp(`^-?P(?!$)(?:${NUMBER}Y)?(?:${NUMBER}M)?(?:${NUMBER}W)?(?:${NUMBER}D)?(?:T(?=\\d)(?:${NUMBER}H)?(?:${NUMBER}M)?(?:${NUMBER}S)?)?$`);

/**
 * Milliseconds in an ISO 8601 duration. Calendar units are fixed lengths
 * (a month is 30 days, a year 365) because deadlines are counted in elapsed time.
 * Throws a RangeError naming the value when it is not a valid non-negative duration.
 */
export function durationToMs(duration: IsoDuration): number {
  let parsed;
  try {
    if (!ISO_DURATION.test(duration)) throw new RangeError(duration);
    parsed = parse(duration);
  } catch {
    throw new RangeError(`"${duration}" is not an ISO 8601 duration (e.g. P14D, PT12H, PT30S)`);
  }
  if (parsed.negative) throw new RangeError(`"${duration}" must not be negative`);
  return (
    (parsed.years ?? 0) * 365 * DAY +
    (parsed.months ?? 0) * 30 * DAY +
    (parsed.weeks ?? 0) * 7 * DAY +
    (parsed.days ?? 0) * DAY +
    (parsed.hours ?? 0) * HOUR +
    (parsed.minutes ?? 0) * MINUTE +
    Math.round((parsed.seconds ?? 0) * SECOND)
  );
}

export function isIsoDuration(value: string): boolean {
  try {
    durationToMs(value);
    return true;
  } catch {
    return false;
  }
}

/** `at` moved forward by `duration`, as an ISO timestamp. */
export function addDuration(at: string | number, duration: IsoDuration): string {
  const start = typeof at === 'number' ? at : Date.parse(at);
  return new Date(start + durationToMs(duration)).toISOString();
}
