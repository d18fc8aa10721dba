import { addDuration } from '../duration';
import { isPlanned } from '../programme-cycle/coverage';
import { launchOpensAt, PlanWindow } from '../programme-cycle/cycle-plan';
import { Change } from '../tasks/change';
import { dueMoments, nextMomentAt } from '../tasks/clock';
import { isActive } from '../tasks/task';
import { applyMoment } from '../tasks/task-operations';
import { isUnderway, raiseCoverageGaps } from './coverage';
import { asProgrammeNotifications } from './notifications';
import { programmeTaskPeople } from './people';
import type { ProgrammeRunState, WindowProgress } from './state';

export interface ProgrammeOutcome {
  state: ProgrammeRunState;
  events: Change<ProgrammeRunState>['events'];
}

export const programmeChange = (state: ProgrammeRunState, now: string, actor?: Change<ProgrammeRunState>['actor']) =>
  new Change(state, now, actor, state.definition.taskClock.workingCalendar);

/** The outcome of a change, its mails naming the programme. */
export function programmeOutcome(change: Change<ProgrammeRunState>): ProgrammeOutcome {
  return { state: change.state, events: asProgrammeNotifications(change.events, change.state.definition.programmeName) };
}

export const progressOf = (state: ProgrammeRunState, windowId: string): WindowProgress | undefined => state.windows.find((progress) => progress.windowId === windowId);

/** A planned window nobody has decided on yet: not launched, not skipped, not missed. */
export function isUndecided(state: ProgrammeRunState, window: PlanWindow): boolean {
  const progress = progressOf(state, window.id);
  return isPlanned(window) && progress?.auditId === undefined && progress?.missedAt === undefined;
}

export function patchProgress(change: Change<ProgrammeRunState>, windowId: string, patch: Partial<WindowProgress>): void {
  const windows = change.state.windows.some((progress) => progress.windowId === windowId)
    ? change.state.windows.map((progress) => (progress.windowId === windowId ? { ...progress, ...patch } : progress))
    : [...change.state.windows, { windowId, ...patch }];
  change.update({ windows });
}

const cycleEnd = (state: ProgrammeRunState): number => Date.parse(state.plan.cycle.end);

/**
 * When the clock next has something to do: a task moment, the review, a launch task to open, an undecided window
 * closing (missed); windows closing and the cycle end, which can turn items into gaps or complete the cycle. Moments
 * already past are returned only when the tick will act on them, so the loop never spins.
 */
export function nextProgrammeWakeUp(state: ProgrammeRunState): number | undefined {
  const taskMoment = nextMomentAt(state.tasks, state.definition.taskClock);
  if (state.status === 'completed') return taskMoment;
  const now = Date.now();
  const undecided = state.plan.windows.filter((window) => isUndecided(state, window));
  const acting = [
    taskMoment,
    Date.parse(state.nextReviewAt),
    // Checked by the workflow before it sleeps (the figures come from the read model), after this wake-up.
    Date.parse(state.nextKpiCheckAt),
    ...undecided.map((window) => (progressOf(state, window.id)?.launchTaskId ? undefined : Date.parse(launchOpensAt(window, state.definition.cycleSettings)))),
    ...undecided.map((window) => Date.parse(window.closesAt)),
    now >= cycleEnd(state) && !state.windows.some(isUnderway) ? now : undefined,
  ];
  const watching = [cycleEnd(state), ...state.plan.windows.filter(isPlanned).map((window) => Date.parse(window.closesAt))].filter((at) => at > now);
  const moments = [...acting, ...watching].filter((at): at is number => at !== undefined);
  return moments.length ? Math.min(...moments) : undefined;
}

/**
 * What time does to a programme: launch tasks open ahead of their windows, windows close (missed when nobody decided),
 * the task clock reminds and escalates, the yearly review falls due, gaps are raised, and at the cycle end, once
 * every audit has reported back, the cycle is complete.
 */
export function tickProgrammeClock(state: ProgrammeRunState, now: string): ProgrammeOutcome {
  const change = programmeChange(state, now);
  const at = Date.parse(now);
  const { cycleSettings, taskClock, manager } = state.definition;
  for (const moment of dueMoments(change.state.tasks, taskClock, at)) applyMoment(change, moment, taskClock, programmeTaskPeople(change.state));
  for (const window of state.plan.windows) {
    if (!isUndecided(change.state, window)) continue;
    // Opened even when the window has closed by now (the worker was away all along): its task is what escalates.
    if (!progressOf(change.state, window.id)?.launchTaskId && at >= Date.parse(launchOpensAt(window, cycleSettings))) {
      // Due when the window closes: a window that closes undecided is missed, and its task climbs the audit ladder.
      const task = change.openTask({
        kind: 'launch-audit',
        title: `Confirm the team and launch the audit of ${window.areaIds.join(', ')} (window ${window.id}, ${window.opensAt} to ${window.closesAt})`,
        assignee: manager.email,
        role: 'programme-manager',
        subjectId: window.id,
        dueAt: window.closesAt,
      });
      patchProgress(change, window.id, { launchTaskId: task.id });
    }
    if (Date.parse(window.closesAt) <= at) {
      patchProgress(change, window.id, { missedAt: now });
      change.record({ type: 'window.missed', summary: `Window ${window.id} (${window.areaIds.join(', ')}) closed ${window.closesAt} with no audit launched or skipped`, subjectId: window.id });
    }
  }
  if (change.state.status === 'running' && Date.parse(change.state.nextReviewAt) <= at) openReview(change);
  raiseCoverageGaps(change);
  if (change.state.status === 'running' && at >= cycleEnd(state) && !change.state.windows.some(isUnderway)) completeCycle(change);
  return programmeOutcome(change);
}

function openReview(change: Change<ProgrammeRunState>): void {
  const { cycleSettings, manager } = change.state.definition;
  const task = change.openTask({
    kind: 'review-programme',
    title: 'Review the audit programme (ISO 19011 5.7): KPIs and trends, lessons learned, risk treatments, auditor development, decisions',
    assignee: manager.email,
    role: 'programme-manager',
    dueWithin: cycleSettings.reviewWithin,
  });
  change.update({
    reviews: [...change.state.reviews, { taskId: task.id, openedAt: change.now }],
    nextReviewAt: addDuration(Date.parse(change.state.nextReviewAt), cycleSettings.reviewEvery),
  });
  change.record({ type: 'review.due', summary: `Programme review due ${task.dueAt}`, subjectId: task.id });
}

/** The cycle has ended and every audit reported back: launch tasks left open are cancelled; reviews and gaps stay. */
function completeCycle(change: Change<ProgrammeRunState>): void {
  change.closeTasks((task) => task.kind === 'launch-audit', 'cancelled');
  change.update({ status: 'completed' });
  const { audited } = change.state;
  change.record({
    type: 'cycle.completed',
    summary: `Audit cycle ${change.state.plan.cycle.start} to ${change.state.plan.cycle.end} completed: ${audited.clauses.length} clauses and ${audited.controls.length} controls audited`,
    data: { ...audited },
  });
}

/** Done when the cycle is complete and nothing is left for anyone to do. */
export const isProgrammeRunDone = (state: ProgrammeRunState): boolean => state.status === 'completed' && !state.tasks.some(isActive);
