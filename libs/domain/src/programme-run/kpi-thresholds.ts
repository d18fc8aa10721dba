import { addDuration } from '../duration';
import { isPlanned } from '../programme-cycle/coverage';
import { unionOfScopeItems } from '../programme-cycle/scope-items';
import { isActive } from '../tasks/task';
import { programmeChange, programmeOutcome, ProgrammeOutcome } from './clock';
import { isUnderway } from './coverage';
import type { ProgrammeRunState } from './state';

/** What the read model knows that the workflow does not: figures of the programme's audits. */
export interface ProgrammeKpiFigures {
  overdueCorrectiveActions: number;
}

export const KPI_THRESHOLDS = ['coverage-behind-plan', 'overdue-corrective-actions'] as const;
export type KpiThreshold = (typeof KPI_THRESHOLDS)[number];

/**
 * The share (%) of the items planned in windows already closed that finished audits audited or audits still under way
 * are auditing; 100 when no window has closed yet.
 */
export function coverageOnPlanPercent(state: ProgrammeRunState, now: string): number {
  const at = Date.parse(now);
  const closed = state.plan.windows.filter((window) => isPlanned(window) && Date.parse(window.closesAt) <= at);
  const due = unionOfScopeItems(...closed.map((window) => window.covers));
  const underway = new Set(state.windows.filter(isUnderway).map((progress) => progress.windowId));
  const beingAudited = unionOfScopeItems(state.audited, ...closed.filter((window) => underway.has(window.id)).map((window) => window.covers));
  const items = [...due.clauses.map((id) => ['clauses', id] as const), ...due.controls.map((id) => ['controls', id] as const)];
  if (items.length === 0) return 100;
  const done = items.filter(([kind, id]) => beingAudited[kind].includes(id)).length;
  return Math.round((1000 * done) / items.length) / 10;
}

/**
 * Checks the monitoring figures against the programme's thresholds (5.6). A threshold crossed opens a task for the
 * programme manager, unless one for it is still open; the next check is a `kpiCheckEvery` later.
 */
export function checkProgrammeKpis(state: ProgrammeRunState, figures: ProgrammeKpiFigures, now: string): ProgrammeOutcome {
  const change = programmeChange(state, now);
  const { kpiThresholds, kpiCheckEvery, kpiActionWithin } = state.definition.cycleSettings;
  const coverage = coverageOnPlanPercent(state, now);
  const crossed: { threshold: KpiThreshold; title: string }[] = [];
  if (coverage < kpiThresholds.coverageBehindPlanPercent) {
    crossed.push({ threshold: 'coverage-behind-plan', title: `Coverage is behind plan: ${coverage}% of the items planned so far audited (threshold ${kpiThresholds.coverageBehindPlanPercent}%)` });
  }
  if (figures.overdueCorrectiveActions > kpiThresholds.overdueCorrectiveActions) {
    crossed.push({ threshold: 'overdue-corrective-actions', title: `${figures.overdueCorrectiveActions} corrective actions are overdue (threshold ${kpiThresholds.overdueCorrectiveActions})` });
  }
  for (const { threshold, title } of crossed) {
    if (change.state.tasks.some((task) => task.kind === 'act-on-kpi' && task.subjectId === threshold && isActive(task))) continue;
    const task = change.openTask({ kind: 'act-on-kpi', title, assignee: state.definition.manager.email, role: 'programme-manager', subjectId: threshold, dueWithin: kpiActionWithin });
    change.record({ type: 'kpi.threshold-crossed', summary: title, subjectId: task.id, data: { threshold, coverageOnPlanPercent: coverage, ...figures } });
  }
  change.update({ nextKpiCheckAt: addDuration(now, kpiCheckEvery) });
  return programmeOutcome(change);
}

export const isKpiCheckDue = (state: ProgrammeRunState, now: number): boolean => state.status === 'running' && Date.parse(state.nextKpiCheckAt) <= now;
