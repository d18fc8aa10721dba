import { Box, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { PHASE_CLAUSE } from '@auditflow/domain';
import type { AuditPhase } from '@auditflow/domain';
import { useId } from 'react';
import { formatInstant } from '../components/when';
import { AuditTable } from '../components/audit-table';
import type { ProgrammeAudit } from './data';

const DAY = 86_400_000;

/** The phases of an audit that is planned or running: not closed, not cancelled. */
export const RUNNING_PHASES: readonly AuditPhase[] = ['initiating', 'preparing', 'conducting', 'reporting', 'completing', 'following-up'];

/** A bar's colour per phase: dark shades, at least 3:1 against the page (the phase is also written beside each bar). */
export const PHASE_COLOR: Record<AuditPhase, string> = {
  initiating: 'var(--mantine-color-blue-8)',
  preparing: 'var(--mantine-color-cyan-9)',
  conducting: 'var(--mantine-color-teal-9)',
  reporting: 'var(--mantine-color-grape-8)',
  completing: 'var(--mantine-color-indigo-8)',
  'following-up': '#a63c06',
  closed: 'var(--mantine-color-gray-7)',
  cancelled: 'var(--mantine-color-gray-7)',
};

export interface TimeRange {
  from: number;
  until: number;
}

/** The span the chart draws: every audit's planned dates and today, with a little room on either side. */
export function scheduleRange(audits: readonly ProgrammeAudit[], now: number): TimeRange {
  const from = Math.min(now, ...audits.map((audit) => Date.parse(audit.plannedStart)));
  const until = Math.max(now, ...audits.map((audit) => Date.parse(audit.plannedEnd)));
  const pad = Math.max(DAY, (until - from) * 0.03);
  return { from: from - pad, until: until + pad };
}

interface Tick {
  at: number;
  label: string;
}

/** Axis marks in the viewer's time zone: days or weeks for a short span, months (every 1, 2, 3, 6 or 12) for a long one. */
function ticks(range: TimeRange, plotWidth: number): Tick[] {
  const perDay = plotWidth / ((range.until - range.from) / DAY);
  const found: Tick[] = [];
  if (perDay * 30 >= 140) {
    const step = [1, 2, 7, 14].find((days) => days * perDay >= 64) ?? 14;
    const dayLabel = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
    const first = new Date(range.from);
    first.setHours(0, 0, 0, 0);
    for (const at = first; at.getTime() <= range.until; at.setDate(at.getDate() + step)) {
      if (at.getTime() >= range.from) found.push({ at: at.getTime(), label: dayLabel.format(at) });
    }
    return found;
  }
  const step = [1, 2, 3, 6, 12].find((months) => months * 30.4 * perDay >= 72) ?? 12;
  const month = new Intl.DateTimeFormat(undefined, { month: 'short' });
  const monthAndYear = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });
  const start = new Date(range.from);
  const at = new Date(start.getFullYear(), start.getMonth() - (start.getMonth() % step), 1);
  for (; at.getTime() <= range.until; at.setMonth(at.getMonth() + step)) {
    if (at.getTime() < range.from) continue;
    found.push({ at: at.getTime(), label: (found.length === 0 || at.getMonth() < step ? monthAndYear : month).format(at) });
  }
  return found;
}

/** The narrowest the chart is drawn: on a phone its box scrolls sideways rather than shrink the text. */
const MIN_WIDTH = 680;
const INSET = 8;
const AXIS = 30;
const ROW = 46;
const FOOT = 22;

function rowLabel(audit: ProgrammeAudit): string {
  const title = audit.title.length > 60 ? `${audit.title.slice(0, 59)}…` : audit.title;
  const overdue = audit.overdueTaskCount > 0 ? ` · ${audit.overdueTaskCount} overdue` : '';
  return `${title} · ${audit.auditeeUnit} · ${audit.phase} (${PHASE_CLAUSE[audit.phase]})${overdue}`;
}

/**
 * The programme's schedule as a Gantt chart: one bar per audit from its planned start to its planned end, coloured
 * by phase, with today marked. Plain SVG (role img, the schedule in words in its <desc>) as wide as its box, which
 * scrolls sideways on a narrow screen; the table beneath says the same with links.
 */
export function ScheduleGantt({ audits, range, now }: { audits: readonly ProgrammeAudit[]; range: TimeRange; now: number }) {
  const id = useId();
  const box = useElementSize();
  const chartWidth = Math.max(MIN_WIDTH, Math.floor(box.width));
  const plot = chartWidth - 2 * INSET;
  const x = (at: number) => INSET + ((at - range.from) / (range.until - range.from)) * plot;
  const height = AXIS + audits.length * ROW + FOOT;
  const today = x(now);
  const description = [
    `From ${formatInstant(new Date(range.from).toISOString())} to ${formatInstant(new Date(range.until).toISOString())}; today is ${formatInstant(new Date(now).toISOString())}.`,
    ...audits.map((audit) => `${audit.title} (${audit.auditeeUnit}), ${audit.phase}: planned ${formatInstant(audit.plannedStart)} to ${formatInstant(audit.plannedEnd)}${audit.overdueTaskCount > 0 ? `, ${audit.overdueTaskCount} overdue ${audit.overdueTaskCount === 1 ? 'task' : 'tasks'}` : ''}.`),
  ].join(' ');
  return (
    <Box component="figure" m={0}>
      <Text component="figcaption" fw={600} id={`${id}-caption`} mb={4}>
        Gantt chart of these audits&apos; planned dates
      </Text>
      <Box ref={box.ref} role="region" aria-label="Gantt chart, scrolls sideways" tabIndex={0} style={{ overflowX: 'auto' }}>
        <svg role="img" aria-labelledby={`${id}-caption ${id}-description`} viewBox={`0 0 ${chartWidth} ${height}`} width={chartWidth} height={height} style={{ display: 'block' }}>
          <desc id={`${id}-description`}>{description}</desc>
          {ticks(range, plot).map((tick) => (
            <g key={tick.at}>
              <line x1={x(tick.at)} x2={x(tick.at)} y1={AXIS - 8} y2={height - FOOT} stroke="var(--mantine-color-gray-4)" />
              <text x={x(tick.at) + 3} y={16} fontSize={12} fill="var(--mantine-color-text)">
                {tick.label}
              </text>
            </g>
          ))}
          <line x1={today} x2={today} y1={AXIS - 8} y2={height - FOOT + 4} stroke="var(--mantine-color-red-9)" strokeWidth={2} strokeDasharray="4 3" />
          {audits.map((audit, index) => {
            const top = AXIS + index * ROW;
            const start = x(Date.parse(audit.plannedStart));
            const width = Math.max(4, x(Date.parse(audit.plannedEnd)) - start);
            return (
              <g key={audit.id}>
                {/* The label's line is kept clear of the grid and today's mark. */}
                <rect x={0} y={top + 1} width={chartWidth} height={19} fill="var(--mantine-color-body)" />
                <text x={INSET} y={top + 15} fontSize={13} fill="var(--mantine-color-text)">
                  {rowLabel(audit)}
                </text>
                <rect data-audit={audit.id} x={start} y={top + 22} width={width} height={14} rx={2} fill={PHASE_COLOR[audit.phase]} stroke={audit.overdueTaskCount > 0 ? 'var(--mantine-color-red-9)' : 'none'} strokeWidth={2} />
              </g>
            );
          })}
          <text x={Math.min(today, chartWidth - 44)} y={height - 4} fontSize={12} fill="var(--mantine-color-red-9)" textAnchor={today < 24 ? 'start' : 'middle'}>
            today
          </text>
        </svg>
      </Box>
    </Box>
  );
}

/** The schedule as a table: the chart's text alternative, with a link to each audit. */
export function ScheduleTable({ audits }: { audits: readonly ProgrammeAudit[] }) {
  return <AuditTable audits={audits} label="Planned and running audits table" plannedHeader="Planned start" second={{ header: 'Planned end', at: (audit) => audit.plannedEnd }} />;
}
