import type { CyclePlan } from './cycle-plan';
import { isPlanned, requiredScopeItems } from './coverage';
import { ScopeItems, scopeItemsDifference, unionOfScopeItems } from './scope-items';

/** Items a window's audit will not audit after all: a scope change removed them, or the audit was terminated. */
export interface WithdrawnScopeItems extends ScopeItems {
  windowId: string;
}

/** What the audits of the cycle have done so far. */
export interface ActualCoverage {
  /** Items closed audits of the cycle audited. */
  audited: ScopeItems;
  withdrawn: WithdrawnScopeItems[];
  /** Windows whose audit is still under way after the window closed: they can still audit their items. */
  underway?: string[];
}

/**
 * The applicable items not yet audited that the rest of the cycle cannot audit either: no planned window that is
 * still open or to come (or whose audit is still under way) covers them, apart from items withdrawn from that
 * window's audit. Each is a coverage gap for the programme manager to close.
 */
export function coverageGaps(plan: CyclePlan, actual: ActualCoverage, now: string | number): ScopeItems {
  const at = typeof now === 'number' ? now : Date.parse(now);
  const underway = new Set(actual.underway ?? []);
  const stillToAudit = plan.windows
    .filter((window) => isPlanned(window) && (Date.parse(window.closesAt) > at || underway.has(window.id)))
    .map((window) => {
      const withdrawn = unionOfScopeItems(...actual.withdrawn.filter((entry) => entry.windowId === window.id));
      return scopeItemsDifference(window.covers, withdrawn);
    });
  const notAudited = scopeItemsDifference(requiredScopeItems(plan), actual.audited);
  return scopeItemsDifference(notAudited, unionOfScopeItems(...stillToAudit));
}
