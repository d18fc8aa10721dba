import { ZoneOffset } from '../calendar/working-calendar';

// Reads the runtime's time-zone database, so it runs where the audit is launched, never in a workflow: the offsets
// it finds travel with the audit as data (calendar/local-time.ts).

const DAY_MS = 86_400_000;
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formats.set(timeZone, format);
  }
  return format;
}

/** Minutes east of UTC in `timeZone` at `instant` (whole minutes: old local mean times are rounded). */
export function utcOffsetMinutes(timeZone: string, instant: number): number {
  const at = Math.floor(instant / 1000) * 1000;
  const parts = formatFor(timeZone).formatToParts(new Date(at));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((candidate) => candidate.type === type)?.value);
  const wallClock = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return Math.round((wallClock - at) / 60_000);
}

/**
 * The offsets of `timeZone` from `from` to `until`: the offset at `from`, then one entry per change, found to the
 * second. Changes are weeks apart in every zone, so a daily scan sees each of them.
 */
export function zoneOffsets(timeZone: string, from: number, until: number): ZoneOffset[] {
  const offsets: ZoneOffset[] = [{ from: new Date(from).toISOString(), minutes: utcOffsetMinutes(timeZone, from) }];
  let before = from;
  for (let at = from + DAY_MS; at <= until + DAY_MS; at += DAY_MS) {
    const minutes = utcOffsetMinutes(timeZone, at);
    if (minutes === offsets[offsets.length - 1]!.minutes) {
      before = at;
      continue;
    }
    let low = before;
    let high = at;
    while (high - low > 1000) {
      const middle = Math.floor((low + high) / 2000) * 1000;
      if (utcOffsetMinutes(timeZone, middle) === minutes) high = middle;
      else low = middle;
    }
    offsets.push({ from: new Date(high).toISOString(), minutes });
    before = at;
  }
  return offsets;
}
