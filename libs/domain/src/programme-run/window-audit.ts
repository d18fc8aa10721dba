import type { AuditedWork } from '../independence';
import type { PlanWindow } from '../programme-cycle/cycle-plan';
import type { AuditArea } from '../programme-cycle/programme-content';

/**
 * The work a window's audit audits, for independence and the team proposal: the units among its areas, and its
 * other areas (sites, processes, suppliers) and the controls it covers as subjects an auditor may have own work in.
 */
export function auditedByWindow(window: Pick<PlanWindow, 'areaIds' | 'opensAt' | 'covers'>, areas: readonly Pick<AuditArea, 'id' | 'name' | 'kind'>[]): AuditedWork {
  const ofWindow = areas.filter((area) => window.areaIds.includes(area.id));
  return {
    units: ofWindow.filter((area) => area.kind === 'unit').map((area) => area.name),
    subjects: [...ofWindow.filter((area) => area.kind !== 'unit').map((area) => area.name), ...window.covers.controls],
    startsAt: window.opensAt,
  };
}
