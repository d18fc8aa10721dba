import type { Programme } from '../programme/data';
import { areaNames } from './area-names';
import type { PlanWindow } from './data';

/**
 * The launch form's starting values for a window of the cycle: a title naming its areas and the window, the window's
 * dates as the planned ones, its areas as the scope's units. The rest (objectives, criteria, auditee, team) is the
 * programme manager's to fill in.
 */
export function windowLaunchPrefill(programme: Pick<Programme, 'content'>, window: PlanWindow): Record<string, unknown> {
  const areas = window.areaIds.map(areaNames(programme));
  return {
    title: `${areas.join(', ')} audit (${window.id})`,
    plannedStart: window.opensAt,
    plannedEnd: window.closesAt,
    scope: { units: areas },
  };
}

/** Where a window's launch is sent: the programme's workflow starts the audit, once however often it is asked. */
export const windowLaunchPath = (programmeId: string, windowId: string) => `/programmes/${encodeURIComponent(programmeId)}/cycle/windows/${encodeURIComponent(windowId)}/launch`;
