import { durationToMs } from '../duration';
import { invalid } from '../rejection';
import { CyclePlan, PlanWindow, sortWindows, windowId } from './cycle-plan';
import { frequencyMs, ProgrammeCycleSettings } from './cycle-settings';
import type { AuditArea, ProgrammeContent } from './programme-content';
import { applicableScopeItems, scopeItemsDifference, scopeItemsIntersection, unionOfScopeItems } from './scope-items';

/** More windows than this for one area means a frequency far shorter than intended (seconds in a years-long cycle). */
export const MAX_WINDOWS_PER_AREA = 1000;

interface Slot {
  opensAt: number;
  closesAt: number;
}

/**
 * The slots of one area: one every `every` ms from the cycle start. A slot that would close after the cycle ends is
 * moved earlier to close with it (and cut to the cycle when the window is longer than the cycle), so every area has
 * at least one window inside the cycle; a moved slot that would overlap the one before is dropped.
 */
function areaSlots(start: number, end: number, every: number, windowLength: number): Slot[] {
  const slots: Slot[] = [];
  for (let opensAt = start; opensAt < end; opensAt += every) {
    const fitted = opensAt + windowLength > end ? Math.max(start, end - windowLength) : opensAt;
    const previous = slots[slots.length - 1];
    if (previous && fitted < previous.closesAt) break;
    slots.push({ opensAt: fitted, closesAt: Math.min(fitted + windowLength, end) });
  }
  return slots;
}

/**
 * The proposed plan of a cycle: each area's windows at the frequency of its risk rating from the cycle start, each
 * covering what the area owns of the applicable clauses and controls (controls the statement of applicability
 * excludes are not planned). What no area owns is reported as uncovered rather than given to an area.
 */
export function proposeCyclePlan(content: Pick<ProgrammeContent, 'cycle' | 'auditAreas' | 'statementOfApplicability'>, settings: ProgrammeCycleSettings): CyclePlan {
  const start = Date.parse(content.cycle.start);
  const end = start + durationToMs(content.cycle.length);
  const applicable = applicableScopeItems(content.statementOfApplicability);
  const windowLength = durationToMs(settings.windowLength);
  const unnumbered = content.auditAreas.flatMap((area: AuditArea) => {
    const every = frequencyMs(area.riskRating, settings, content.cycle);
    if (Math.ceil((end - start) / every) > MAX_WINDOWS_PER_AREA) {
      throw invalid(`settings.frequencyByRisk.${area.riskRating}`, `gives area ${area.id} more than ${MAX_WINDOWS_PER_AREA} windows in a cycle of ${content.cycle.length}`);
    }
    const covers = scopeItemsIntersection(unionOfScopeItems(area.covers), applicable);
    return areaSlots(start, end, every, windowLength).map(
      (slot): PlanWindow => ({
        id: '',
        areaIds: [area.id],
        opensAt: new Date(slot.opensAt).toISOString(),
        closesAt: new Date(slot.closesAt).toISOString(),
        covers: { clauses: [...covers.clauses], controls: [...covers.controls] },
        status: 'planned',
      }),
    );
  });
  const windows = sortWindows(unnumbered).map((window, index) => ({ ...window, id: windowId(index + 1) }));
  return {
    cycle: { start: new Date(start).toISOString(), end: new Date(end).toISOString() },
    windows,
    uncovered: scopeItemsDifference(applicable, unionOfScopeItems(...windows.map((window) => window.covers))),
    lastWindowNumber: windows.length,
  };
}
