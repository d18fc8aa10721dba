import { Actor } from '../roles';
import { addDuration } from '../duration';
import { tickProgrammeClock, programmeChange, ProgrammeOutcome } from './clock';
import type { ProgrammeRunDefinition, ProgrammeRunState } from './state';

/**
 * The approved programme starts its cycle: the plan as approved, no window decided, the first review a `reviewEvery`
 * after the cycle start. The clock then runs once, opening the launch tasks already due.
 */
export function startProgrammeRun(definition: ProgrammeRunDefinition, now: string, startedBy?: Actor): ProgrammeOutcome {
  const state: ProgrammeRunState = {
    definition,
    status: 'running',
    plan: definition.plan,
    windows: [],
    audited: { clauses: [], controls: [] },
    withdrawn: [],
    gaps: [],
    reviews: [],
    nextReviewAt: addDuration(definition.plan.cycle.start, definition.cycleSettings.reviewEvery),
    nextKpiCheckAt: addDuration(definition.plan.cycle.start, definition.cycleSettings.kpiCheckEvery),
    tasks: [],
    counters: {},
  };
  const change = programmeChange(state, now, startedBy);
  const planned = definition.plan.windows.filter((window) => window.status === 'planned').length;
  change.record({
    type: 'cycle.started',
    summary: `Audit cycle ${definition.plan.cycle.start} to ${definition.plan.cycle.end} of programme version ${definition.programmeVersion} started: ${planned} audit windows planned`,
    data: { programmeVersion: definition.programmeVersion, windows: planned },
  });
  const ticked = tickProgrammeClock(change.state, now);
  return { state: ticked.state, events: [...change.events, ...ticked.events] };
}
