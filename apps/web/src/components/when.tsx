/** Dates as the viewer reads them: in their own time zone, with the audit's beside it when that differs. */
const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

export function formatInstant(iso: string, timeZone = viewerZone): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** "in 3 days", "2 hours ago": how far a moment is from now, in the largest unit that fits. */
export function relativeToNow(iso: string, now = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const units: [Intl.RelativeTimeFormatUnit, number][] = [['day', 86_400], ['hour', 3_600], ['minute', 60], ['second', 1]];
  const [unit, size] = units.find(([, length]) => Math.abs(seconds) >= length) ?? ['second', 1];
  return new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }).format(Math.round(seconds / size), unit);
}

export function When({ iso, auditTimeZone }: { iso: string; auditTimeZone?: string }) {
  const other = auditTimeZone && auditTimeZone !== viewerZone ? ` (${formatInstant(iso, auditTimeZone)} ${auditTimeZone})` : '';
  return (
    <time dateTime={iso}>
      {formatInstant(iso)}
      {other}
    </time>
  );
}
