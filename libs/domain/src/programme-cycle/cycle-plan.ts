import { durationToMs } from '../duration';
import type { ProgrammeCycleSettings } from './cycle-settings';
import type { ScopeItems } from './scope-items';

export const PLAN_WINDOW_STATUSES = ['planned', 'skipped'] as const;
export type PlanWindowStatus = (typeof PLAN_WINDOW_STATUSES)[number];

/** A period in which one audit is held, for the areas it names and the clauses and controls it covers. */
export interface PlanWindow {
  /** W-1, W-2, …: stable across edits; a split adds the next free numbers. */
  id: string;
  /** One area, or several once windows are merged (combining audits is an opportunity of 5.3). */
  areaIds: string[];
  opensAt: string;
  closesAt: string;
  covers: ScopeItems;
  status: PlanWindowStatus;
  /** Why the programme manager skipped it; set when status is skipped. */
  skipReason?: string;
}

/** The windows of one audit cycle, and what no area owns so no window can cover. */
export interface CyclePlan {
  cycle: { start: string; end: string };
  windows: PlanWindow[];
  /** Applicable clauses and controls no audit area covers: the programme must name an owner, the plan cannot. */
  uncovered: ScopeItems;
  /** The highest window number ever given, so ids of merged-away windows are never reused. */
  lastWindowNumber: number;
}

/** A plan after an edit, and the applicable items no planned window covers any more because of it. */
export interface PlanEdit {
  plan: CyclePlan;
  lost: ScopeItems;
}

/**
 * When the launch task of a window opens: the lead time before the window. For windows at the cycle start this lies
 * before the cycle; the workflow opens such tasks at once.
 */
export function launchOpensAt(window: Pick<PlanWindow, 'opensAt'>, settings: Pick<ProgrammeCycleSettings, 'launchLeadTime'>): string {
  return new Date(Date.parse(window.opensAt) - durationToMs(settings.launchLeadTime)).toISOString();
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const idNumber = (id: string): number => Number(id.slice(2));

/** Windows by when they open, then by area, then by id, so the same plan always lists the same way. */
export function sortWindows(windows: PlanWindow[]): PlanWindow[] {
  return [...windows].sort(
    (a, b) => Date.parse(a.opensAt) - Date.parse(b.opensAt) || compare(a.areaIds.join(','), b.areaIds.join(',')) || idNumber(a.id) - idNumber(b.id),
  );
}

export const windowId = (n: number): string => `W-${n}`;

