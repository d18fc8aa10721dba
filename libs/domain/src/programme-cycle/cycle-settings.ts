import { z } from 'zod';
import { durationToMs } from '../duration';
import { isoDuration } from '../schemas';
import { positiveDuration } from './positive-duration';
import type { AuditCycle, RiskRating } from './programme-content';

/** `cycle`: once per audit cycle, whatever its length. */
export const ONCE_PER_CYCLE = 'cycle';
const frequency = z.union([z.literal(ONCE_PER_CYCLE), positiveDuration]);

/** How the cycle plan is laid out. All are ISO 8601 durations, so tests can run a cycle in seconds. */
export const programmeCycleSettingsSchema = z.object({
  /** How often an area of each risk rating is audited: high yearly, medium every two years, low once per cycle. */
  frequencyByRisk: z
    .object({ high: frequency.default('P1Y'), medium: frequency.default('P2Y'), low: frequency.default(ONCE_PER_CYCLE) })
    .default({ high: 'P1Y', medium: 'P2Y', low: ONCE_PER_CYCLE }),
  /** How long an audit window stays open for its audit to be held. */
  windowLength: positiveDuration.default('P30D'),
  /** How long before a window opens its launch task opens for the programme manager. */
  launchLeadTime: isoDuration.default('P14D'),
  /** How often the programme manager reviews the programme (5.7), counted from the cycle start. */
  reviewEvery: positiveDuration.default('P1Y'),
  /** How long the programme manager has for a review once its task opens. */
  reviewWithin: positiveDuration.default('P30D'),
  /** How long the programme manager has to decide how a coverage gap is closed. */
  coverageGapWithin: positiveDuration.default('P14D'),
  /** How often the programme's monitoring figures are checked against its thresholds (5.6). */
  kpiCheckEvery: positiveDuration.default('P7D'),
  /** Crossing one opens a task for the programme manager, due within `kpiActionWithin`. */
  kpiThresholds: z
    .object({
      coverageBehindPlanPercent: z.number().min(0).max(100).default(90).describe('below this share (%) of the items planned in windows already closed being audited, coverage is behind plan'),
      overdueCorrectiveActions: z.int().min(0).default(5).describe('more open corrective actions than this past a due date are too many'),
    })
    .default({ coverageBehindPlanPercent: 90, overdueCorrectiveActions: 5 }),
  kpiActionWithin: positiveDuration.default('P14D'),
});
export type ProgrammeCycleSettingsInput = z.input<typeof programmeCycleSettingsSchema>;
export type ProgrammeCycleSettings = z.output<typeof programmeCycleSettingsSchema>;

export const DEFAULT_PROGRAMME_CYCLE_SETTINGS: ProgrammeCycleSettings = programmeCycleSettingsSchema.parse({});

/** Milliseconds between an area's windows: its rating's frequency, or the whole cycle. */
export function frequencyMs(rating: RiskRating, settings: ProgrammeCycleSettings, cycle: AuditCycle): number {
  const value = settings.frequencyByRisk[rating];
  return value === ONCE_PER_CYCLE ? durationToMs(cycle.length) : durationToMs(value);
}
