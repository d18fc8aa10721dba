import { ActualCoverage, coverageGaps } from '../programme-cycle/coverage-gaps';
import { isPlanned } from '../programme-cycle/coverage';
import { applicableScopeItems, hasScopeItems, ScopeItems, scopeItemsDifference, unionOfScopeItems } from '../programme-cycle/scope-items';
import type { Change } from '../tasks/change';
import type { ProgrammeRunState, WindowProgress } from './state';

/** A window's audit is under way: launched and not yet reported back. */
export const isUnderway = (progress: WindowProgress): boolean => progress.auditId !== undefined && progress.outcome === undefined;

export function actualCoverage(state: ProgrammeRunState): ActualCoverage {
  return { audited: state.audited, withdrawn: state.withdrawn, underway: state.windows.filter(isUnderway).map((progress) => progress.windowId) };
}

/** Gaps already put to the programme manager: each item is raised once. */
const raisedGapItems = (state: ProgrammeRunState): ScopeItems => unionOfScopeItems(...state.gaps.map((gap) => gap.items));

/**
 * Raises a task for applicable items the rest of the cycle can no longer audit (see coverageGaps): skipped, missed or
 * withdrawn windows whose items no later window covers. Each item is raised once, naming the items in the task.
 */
export function raiseCoverageGaps(change: Change<ProgrammeRunState>): void {
  const state = change.state;
  if (state.status !== 'running') return;
  const items = scopeItemsDifference(coverageGaps(state.plan, actualCoverage(state), change.now), raisedGapItems(state));
  if (!hasScopeItems(items)) return;
  const named = [...items.clauses, ...items.controls];
  const task = change.openTask({
    kind: 'close-coverage-gap',
    title: `Close the coverage gap: ${named.join(', ')} will not be audited this cycle`,
    assignee: state.definition.manager.email,
    role: 'programme-manager',
    dueWithin: state.definition.cycleSettings.coverageGapWithin,
  });
  change.update({ gaps: [...change.state.gaps, { taskId: task.id, raisedAt: change.now, items }] });
  change.record({ type: 'coverage.gap', summary: `Coverage gap: no remaining window audits ${named.join(', ')} before the cycle ends`, subjectId: task.id, data: { ...items } });
}

export type ItemStatus = 'audited' | 'planned' | 'gap';

export interface ItemCoverageStatus {
  id: string;
  status: ItemStatus;
  /** Planned windows covering the item. */
  plannedIn: string[];
  /** Windows whose finished audit audited it. */
  auditedIn: string[];
}

export interface ProgrammeCoverage {
  clauses: ItemCoverageStatus[];
  controls: ItemCoverageStatus[];
  /** Applicable items audited, as a share of those the plan covers and of all the cycle must cover (0–100). */
  percentOfPlan: number;
  percentOfCycle: number;
  gaps: ScopeItems;
}

const percent = (part: number, whole: number): number => (whole === 0 ? 100 : Math.round((1000 * part) / whole) / 10);

/** Each applicable clause and control: audited, still planned, or a gap the rest of the cycle leaves open. */
export function programmeCoverage(state: ProgrammeRunState, now: string): ProgrammeCoverage {
  const applicable = applicableScopeItems(state.definition.statementOfApplicability);
  const gaps = coverageGaps(state.plan, actualCoverage(state), now);
  const planned = state.plan.windows.filter(isPlanned);
  const status = (kind: keyof ScopeItems) => (id: string): ItemCoverageStatus => ({
    id,
    status: state.audited[kind].includes(id) ? 'audited' : gaps[kind].includes(id) || !planned.some((window) => window.covers[kind].includes(id)) ? 'gap' : 'planned',
    plannedIn: planned.filter((window) => window.covers[kind].includes(id)).map((window) => window.id),
    auditedIn: state.windows.filter((progress) => progress.outcome?.audited[kind].includes(id)).map((progress) => progress.windowId),
  });
  const clauses = applicable.clauses.map(status('clauses'));
  const controls = applicable.controls.map(status('controls'));
  const items = [...clauses, ...controls];
  const audited = items.filter((item) => item.status === 'audited').length;
  const plannedCount = items.filter((item) => item.plannedIn.length > 0).length;
  return {
    clauses,
    controls,
    percentOfPlan: percent(items.filter((item) => item.status === 'audited' && item.plannedIn.length > 0).length, plannedCount),
    percentOfCycle: percent(audited, items.length),
    gaps: { clauses: clauses.filter((item) => item.status === 'gap').map((item) => item.id), controls: controls.filter((item) => item.status === 'gap').map((item) => item.id) },
  };
}
