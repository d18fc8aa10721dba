import { z } from 'zod';
import { CyclePlan, PlanEdit } from '../programme-cycle/cycle-plan';
import { mergeWindows, moveWindow, skipWindow, splitWindow } from '../programme-cycle/plan-edits';
import { hasScopeItems, ScopeItems } from '../programme-cycle/scope-items';
import { onFirstUse } from '../on-first-use';
import { conflict, ensure, forbidden, invalid, notFound } from '../rejection';
import { Actor } from '../roles';
import { shortText, text, timestamp } from '../schemas';
import { Change } from '../tasks/change';
import { findActiveTask } from '../tasks/task-operations';
import { parsePayload } from '../validation';
import { patchProgress, programmeChange, programmeOutcome, ProgrammeOutcome, progressOf } from './clock';
import { raiseCoverageGaps } from './coverage';
import type { ProgrammeRunState } from './state';

const windowIdSchema = onFirstUse(() => z.string().trim().regex(/^W-\d+$/, { message: 'must be a window id such as W-3' }));
const scopeItemsSchema = onFirstUse(() => z.object({ clauses: z.array(z.string().trim()).default([]), controls: z.array(z.string().trim()).default([]) }));

/** What the programme manager's steps on a running programme take. The API parses the same schemas. */
const launchWindowAuditSchema = onFirstUse(() => z.object({ windowId: windowIdSchema(), auditId: z.uuid(), title: shortText }));
export const skipPlannedWindowSchema = onFirstUse(() =>
  z.object({ windowId: windowIdSchema(), reason: shortText.describe('why the window is skipped (kept on the plan and the timeline)') }),
);
export const movePlannedWindowSchema = onFirstUse(() => z.object({ windowId: windowIdSchema(), opensAt: timestamp }));
export const mergePlannedWindowsSchema = onFirstUse(() =>
  z.object({ windowIds: z.array(windowIdSchema()).min(2, { message: 'must name at least two windows to merge' }) }),
);
export const splitPlannedWindowSchema = onFirstUse(() =>
  z.object({ windowId: windowIdSchema(), parts: z.array(scopeItemsSchema()).min(2, { message: 'must give at least two parts to split into' }) }),
);
export const decideCoverageGapSchema = onFirstUse(() =>
  z.object({ taskId: shortText, decision: text.describe('how the gap is closed: an extra audit, a merged window, an accepted risk') }),
);
export const respondToKpiSchema = onFirstUse(() =>
  z.object({ taskId: shortText, response: text.describe('what the programme manager does about the threshold crossed') }),
);
export const programmeReviewSchema = onFirstUse(() =>
  z.object({
    taskId: shortText,
    lessonsLearned: z.array(text).default([]).describe('from the completed audits (6.6)'),
    riskTreatmentEffectiveness: text.describe("how well the programme's treatments of its own risks and opportunities worked"),
    auditorDevelopment: text.describe('how the auditors developed, and what they need'),
    decisions: z.array(text).default([]).describe('decisions of the review; a change they need is made as a new programme version'),
  }),
);
/** The review as recorded: what the programme manager wrote, and the monitoring figures the API read at that moment. */
const recordProgrammeReviewSchema = onFirstUse(() => programmeReviewSchema().extend({ kpis: z.record(z.string(), z.unknown()) }));

/** Each step's payload schema, built the first time it is asked for. */
export const PROGRAMME_ACTIONS = {
  launchWindowAudit: launchWindowAuditSchema,
  skipPlannedWindow: skipPlannedWindowSchema,
  movePlannedWindow: movePlannedWindowSchema,
  mergePlannedWindows: mergePlannedWindowsSchema,
  splitPlannedWindow: splitPlannedWindowSchema,
  decideCoverageGap: decideCoverageGapSchema,
  respondToKpi: respondToKpiSchema,
  recordProgrammeReview: recordProgrammeReviewSchema,
} as const;
export type ProgrammeActionName = keyof typeof PROGRAMME_ACTIONS;
export const PROGRAMME_ACTION_NAMES = Object.keys(PROGRAMME_ACTIONS) as ProgrammeActionName[];

type Payload<A extends ProgrammeActionName> = z.output<ReturnType<(typeof PROGRAMME_ACTIONS)[A]>>;
type Handler<A extends ProgrammeActionName> = (change: Change<ProgrammeRunState>, payload: Payload<A>) => void;

/** The window a step works on: in the plan, and not yet decided (a missed window may still be moved or skipped). */
function openWindow(change: Change<ProgrammeRunState>, windowId: string, field: string, { missedToo }: { missedToo: boolean }) {
  const window = change.state.plan.windows.find((candidate) => candidate.id === windowId);
  ensure(window, () => notFound(`window ${windowId} is not in the plan`));
  const progress = progressOf(change.state, windowId);
  ensure(window.status === 'planned', () => conflict(`window ${windowId} is skipped: ${window.skipReason ?? ''}`));
  ensure(progress?.auditId === undefined, () => conflict(`window ${windowId} already has its audit (${progress?.auditId})`));
  ensure(missedToo || progress?.missedAt === undefined, () => invalid(field, `window ${windowId} closed ${window.closesAt} without an audit: move it to a later date first`));
  return window;
}

/** Applies a plan edit: its windows' launch tasks are cancelled (the clock opens new ones for the new dates). */
function applyPlanEdit(change: Change<ProgrammeRunState>, edit: PlanEdit, windowIds: string[], event: { type: string; summary: string }): void {
  const reset = new Set(windowIds);
  const taskIds = new Set(change.state.windows.filter((progress) => reset.has(progress.windowId)).map((progress) => progress.launchTaskId));
  change.closeTasks((task) => taskIds.has(task.id), 'cancelled');
  change.update({ plan: edit.plan, windows: change.state.windows.filter((progress) => !reset.has(progress.windowId)) });
  change.record({ ...event, data: { lost: edit.lost } });
  raiseCoverageGaps(change);
}

const lostText = (lost: ScopeItems): string => (hasScopeItems(lost) ? `; no other window covers ${[...lost.clauses, ...lost.controls].join(', ')}` : '');

const HANDLERS: { [A in ProgrammeActionName]: Handler<A> } = {
  launchWindowAudit(change, { windowId, auditId, title }) {
    const window = openWindow(change, windowId, 'windowId', { missedToo: false });
    const launchTaskId = progressOf(change.state, windowId)?.launchTaskId;
    change.closeTasks((task) => task.id === launchTaskId);
    patchProgress(change, windowId, { auditId, launchedAt: change.now });
    change.record({ type: 'window.launched', summary: `Audit "${title}" launched in window ${windowId} (${window.areaIds.join(', ')})`, subjectId: windowId, data: { auditId } });
  },
  skipPlannedWindow(change, { windowId, reason }) {
    openWindow(change, windowId, 'windowId', { missedToo: true });
    const edit = skipWindow(change.state.plan, windowId, reason);
    applyPlanEdit(change, edit, [windowId], { type: 'window.skipped', summary: `Window ${windowId} skipped: ${reason}${lostText(edit.lost)}` });
  },
  movePlannedWindow(change, { windowId, opensAt }) {
    openWindow(change, windowId, 'windowId', { missedToo: true });
    const edit = moveWindow(change.state.plan, windowId, opensAt);
    ensure(Date.parse(opensAt) > Date.parse(change.now), () => invalid('opensAt', 'must be in the future: a window cannot be moved into the past'));
    applyPlanEdit(change, edit, [windowId], { type: 'window.moved', summary: `Window ${windowId} moved to open ${opensAt}` });
  },
  mergePlannedWindows(change, { windowIds }) {
    windowIds.forEach((id, index) => openWindow(change, id, `windowIds.${index}`, { missedToo: false }));
    const edit = mergeWindows(change.state.plan, windowIds);
    applyPlanEdit(change, edit, windowIds, { type: 'window.merged', summary: `Windows ${windowIds.join(', ')} merged into one audit${lostText(edit.lost)}` });
  },
  splitPlannedWindow(change, { windowId, parts }) {
    openWindow(change, windowId, 'windowId', { missedToo: false });
    const before: CyclePlan = change.state.plan;
    const edit = splitWindow(before, windowId, parts);
    const added = edit.plan.windows.filter((window) => !before.windows.some((old) => old.id === window.id)).map((window) => window.id);
    applyPlanEdit(change, edit, [windowId], { type: 'window.split', summary: `Window ${windowId} split into ${[windowId, ...added].join(', ')}${lostText(edit.lost)}` });
  },
  decideCoverageGap(change, { taskId, decision }) {
    const task = findActiveTask(change, taskId);
    ensure(task.kind === 'close-coverage-gap', () => invalid('taskId', `task ${taskId} is not a coverage gap`));
    change.closeTasks((candidate) => candidate.id === taskId);
    change.update({ gaps: change.state.gaps.map((gap) => (gap.taskId === taskId ? { ...gap, decision } : gap)) });
    change.record({ type: 'coverage.gap-decided', summary: `Coverage gap decided: ${decision}`, subjectId: taskId });
  },
  respondToKpi(change, { taskId, response }) {
    const task = findActiveTask(change, taskId);
    ensure(task.kind === 'act-on-kpi', () => invalid('taskId', `task ${taskId} is not a crossed KPI threshold`));
    change.closeTasks((candidate) => candidate.id === taskId);
    change.record({ type: 'kpi.responded', summary: `${task.title}: ${response}`, subjectId: taskId, data: { threshold: task.subjectId, response } });
  },
  recordProgrammeReview(change, { taskId, kpis, ...review }) {
    const task = findActiveTask(change, taskId);
    ensure(task.kind === 'review-programme', () => invalid('taskId', `task ${taskId} is not a programme review`));
    change.closeTasks((candidate) => candidate.id === taskId);
    const by = change.actor?.email;
    change.update({ reviews: change.state.reviews.map((entry) => (entry.taskId === taskId ? { ...entry, ...review, kpis, recordedAt: change.now, recordedBy: by } : entry)) });
    change.record({
      type: 'review.recorded',
      summary: `Programme review recorded${review.decisions.length ? `: ${review.decisions.length} decision(s), to be made a new programme version` : ''}`,
      subjectId: taskId,
    });
  },
};

/**
 * Validates and applies one step of the programme manager. Throws a Rejection without touching the state; the
 * workflow's Update validator calls this too, so nothing is written for a refused step.
 */
export function performProgrammeAction(state: ProgrammeRunState, action: ProgrammeActionName, actor: Actor, payload: unknown, now: string): ProgrammeOutcome {
  const schema = PROGRAMME_ACTIONS[action]();
  ensure(schema, () => notFound(`unknown programme action ${String(action)}`));
  const parsed = parsePayload(schema, payload);
  ensure(actor.email.toLowerCase() === state.definition.manager.email.toLowerCase(), () => forbidden(`only the programme manager (${state.definition.manager.email}) steers the programme's cycle`));
  ensure(state.status === 'running' || action === 'decideCoverageGap' || action === 'respondToKpi' || action === 'recordProgrammeReview', () => conflict('the audit cycle is complete: its plan no longer changes'));
  const change = programmeChange(state, now, actor);
  (HANDLERS[action] as Handler<ProgrammeActionName>)(change, parsed as never);
  return programmeOutcome(change);
}

