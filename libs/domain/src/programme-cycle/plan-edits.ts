import { shortText, timestamp } from '../schemas';
import { invalid, notFound } from '../rejection';
import { CyclePlan, PlanEdit, PlanWindow, sortWindows, windowId } from './cycle-plan';
import { isPlanned, lostCoverage } from './coverage';
import { hasScopeItems, ScopeItems, unionOfScopeItems } from './scope-items';

/** The window an edit works on: it must exist, and be planned unless skipped ones are allowed. */
function plannedWindow(plan: CyclePlan, id: string, field: string): PlanWindow {
  const window = plan.windows.find((candidate) => candidate.id === id);
  if (!window) throw notFound(`window ${id} is not in the plan`);
  if (!isPlanned(window)) throw invalid(field, `window ${id} is skipped`);
  return window;
}

function edited(before: CyclePlan, windows: PlanWindow[], lastWindowNumber = before.lastWindowNumber): PlanEdit {
  const plan = { ...before, windows: sortWindows(windows), lastWindowNumber };
  return { plan, lost: lostCoverage(before, plan) };
}

const replacing = (plan: CyclePlan, id: string, ...replacements: PlanWindow[]): PlanWindow[] =>
  plan.windows.flatMap((window) => (window.id === id ? replacements : [window]));

/** Moves a window to open at `opensAt`, keeping its length; it must still lie within the cycle. */
export function moveWindow(plan: CyclePlan, id: string, opensAt: string): PlanEdit {
  const window = plannedWindow(plan, id, 'windowId');
  if (!timestamp.safeParse(opensAt).success) throw invalid('opensAt', 'must be an ISO 8601 date-time with offset');
  const opens = Date.parse(opensAt);
  const closes = opens + Date.parse(window.closesAt) - Date.parse(window.opensAt);
  if (opens < Date.parse(plan.cycle.start) || closes > Date.parse(plan.cycle.end)) {
    throw invalid('opensAt', `window ${id} must open and close within the cycle (${plan.cycle.start} to ${plan.cycle.end})`);
  }
  return edited(plan, replacing(plan, id, { ...window, opensAt: new Date(opens).toISOString(), closesAt: new Date(closes).toISOString() }));
}

/** Combines windows into one audit covering all their areas and items, held in the slot of the earliest; it keeps that window's id. */
export function mergeWindows(plan: CyclePlan, ids: string[]): PlanEdit {
  if (new Set(ids).size !== ids.length) throw invalid('windowIds', 'must not name a window twice');
  if (ids.length < 2) throw invalid('windowIds', 'must name at least two windows to merge');
  const merged = sortWindows(ids.map((id) => plannedWindow(plan, id, 'windowIds')));
  const [earliest] = merged as [PlanWindow, ...PlanWindow[]];
  const window: PlanWindow = {
    ...earliest,
    areaIds: [...new Set(merged.flatMap((each) => each.areaIds))].sort(),
    covers: unionOfScopeItems(...merged.map((each) => each.covers)),
  };
  const others = new Set(ids.filter((id) => id !== earliest.id));
  return edited(plan, replacing(plan, earliest.id, window).filter((each) => !others.has(each.id)));
}

/**
 * Divides a window into one audit per part, in the same slot: the first keeps the window's id, the others get new
 * ones. Each part names items of the window, none twice; items no part names are dropped (and lost, unless another
 * window covers them).
 */
export function splitWindow(plan: CyclePlan, id: string, parts: ScopeItems[]): PlanEdit {
  const window = plannedWindow(plan, id, 'windowId');
  if (parts.length < 2) throw invalid('parts', 'must give at least two parts to split into');
  const seen = { clauses: new Set<string>(), controls: new Set<string>() };
  parts.forEach((part, index) => {
    if (!hasScopeItems(part)) throw invalid(`parts.${index}`, 'must cover at least one clause or control');
    for (const kind of ['clauses', 'controls'] as const) {
      for (const item of part[kind]) {
        if (!window.covers[kind].includes(item)) throw invalid(`parts.${index}.${kind}`, `${item} is not covered by window ${id}`);
        if (seen[kind].has(item)) throw invalid(`parts.${index}.${kind}`, `${item} is in more than one part`);
        seen[kind].add(item);
      }
    }
  });
  const pieces = parts.map(
    (part, index): PlanWindow => ({ ...window, id: index === 0 ? id : windowId(plan.lastWindowNumber + index), covers: unionOfScopeItems(part) }),
  );
  return edited(plan, replacing(plan, id, ...pieces), plan.lastWindowNumber + parts.length - 1);
}

/**
 * Marks a window skipped, with the reason. It stays in the plan for the record; what it covered is lost unless
 * another planned window of the cycle covers it too.
 */
export function skipWindow(plan: CyclePlan, id: string, reason: string): PlanEdit {
  const window = plannedWindow(plan, id, 'windowId');
  const parsedReason = shortText.safeParse(reason);
  if (!parsedReason.success) throw invalid('reason', 'must say why the window is skipped');
  return edited(plan, replacing(plan, id, { ...window, status: 'skipped', skipReason: parsedReason.data }));
}
