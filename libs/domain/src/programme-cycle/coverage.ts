import { notFound } from '../rejection';
import type { CyclePlan, PlanWindow } from './cycle-plan';
import { applicableScopeItems, ScopeItems, scopeItemsDifference, unionOfScopeItems } from './scope-items';
import type { StatementOfApplicability } from './programme-content';

export const isPlanned = (window: PlanWindow): boolean => window.status === 'planned';

/** The items some planned (not skipped) window covers. */
export function plannedScopeItems(plan: CyclePlan): ScopeItems {
  return unionOfScopeItems(...plan.windows.filter(isPlanned).map((window) => window.covers));
}

/** Every item the cycle must cover: what its windows cover and what no area owns. */
export function requiredScopeItems(plan: CyclePlan): ScopeItems {
  return unionOfScopeItems(plan.uncovered, ...plan.windows.map((window) => window.covers));
}

/** What an edit took away: items planned before that no planned window covers after. */
export function lostCoverage(before: CyclePlan, after: CyclePlan): ScopeItems {
  return scopeItemsDifference(plannedScopeItems(before), plannedScopeItems(after));
}

export interface ItemCoverage {
  id: string;
  /** The planned windows that cover it, in plan order; empty when nothing plans it. */
  windowIds: string[];
}

export interface PlanCoverage {
  clauses: ItemCoverage[];
  controls: ItemCoverage[];
}

/** For each clause and control the statement of applicability leaves applicable, the planned windows covering it. */
export function planCoverage(plan: CyclePlan, statementOfApplicability: Pick<StatementOfApplicability, 'excluded'>): PlanCoverage {
  const applicable = applicableScopeItems(statementOfApplicability);
  const planned = plan.windows.filter(isPlanned);
  const windowsCovering = (kind: keyof ScopeItems) => (id: string): ItemCoverage => ({
    id,
    windowIds: planned.filter((window) => window.covers[kind].includes(id)).map((window) => window.id),
  });
  return { clauses: applicable.clauses.map(windowsCovering('clauses')), controls: applicable.controls.map(windowsCovering('controls')) };
}

/** Items of `window` that no other planned window covers: what skipping or shrinking it would lose. */
export function onlyCoveredBy(plan: CyclePlan, id: string): ScopeItems {
  const window = plan.windows.find((candidate) => candidate.id === id);
  if (!window) throw notFound(`window ${id} is not in the plan`);
  const others = plan.windows.filter((other) => other.id !== id && isPlanned(other));
  return scopeItemsDifference(window.covers, unionOfScopeItems(...others.map((other) => other.covers)));
}
