import {
  Actor,
  checkProgrammeKpis,
  coverageOnPlanPercent,
  DEFAULT_AUDIT_SETTINGS,
  isKpiCheckDue,
  performProgrammeAction,
  programmeCoverage,
  programmeCycleSettingsSchema,
  ProgrammeRunDefinition,
  ProgrammeRunState,
  proposeCyclePlan,
  recordAuditFinished,
  startProgrammeRun,
  tickProgrammeClock,
  Rejection,
} from '@auditflow/domain';
import { at, content, CYCLE_START, DEVELOPMENT, ORGANIZATIONAL, ALL_CLAUSES } from '../programme-cycle/support/three-year-programme';

const manager: Actor = { email: 'pm@example.com', role: 'programme-manager' };
const cycleSettings = programmeCycleSettingsSchema.parse({});
const definition: ProgrammeRunDefinition = {
  programmeId: '6f1c1f4e-1111-4222-8333-444455556666',
  programmeName: 'ISMS audit programme',
  programmeVersion: 2,
  manager: { email: manager.email, name: 'Pat Manager' },
  complianceLead: { email: 'cl@example.com', name: 'Casey Lead' },
  plan: proposeCyclePlan(content, cycleSettings),
  statementOfApplicability: content.statementOfApplicability,
  cycleSettings,
  taskClock: { ...DEFAULT_AUDIT_SETTINGS, pauseClockWhileExtensionPending: false },
};

const windowOf = (state: ProgrammeRunState, areaId: string, nth = 0) => state.plan.windows.filter((window) => window.areaIds.includes(areaId))[nth]!;
const launchTaskOf = (state: ProgrammeRunState, windowId: string) => state.tasks.find((task) => task.kind === 'launch-audit' && task.subjectId === windowId);
const refusal = (run: () => unknown): Rejection => {
  try {
    run();
  } catch (error) {
    if (error instanceof Rejection) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe("a programme's cycle (clause 5)", () => {
  const started = startProgrammeRun(definition, CYCLE_START, manager);

  it('starts with the approved plan and opens the launch tasks of the windows at the cycle start, due when each window closes', () => {
    expect(started.events[0]).toMatchObject({ type: 'cycle.started' });
    const opening = started.state.plan.windows.filter((window) => Date.parse(window.opensAt) - 14 * 86_400_000 <= Date.parse(CYCLE_START));
    expect(opening.length).toBeGreaterThan(0);
    for (const window of opening) {
      expect(launchTaskOf(started.state, window.id)).toMatchObject({ assignee: manager.email, role: 'programme-manager', dueAt: window.closesAt, state: 'open' });
    }
    const later = started.state.plan.windows.filter((window) => !opening.includes(window));
    expect(later.every((window) => !launchTaskOf(started.state, window.id))).toBe(true);
    // Its mails are programme mails naming the programme.
    const intents = started.events.flatMap((event) => event.notify ?? []);
    expect(intents.map((intent) => intent.kind)).toEqual(opening.map(() => 'programme-task-assigned'));
    expect(intents[0]!.data.programmeName).toBe('ISMS audit programme');
  });

  it('records a launch once, for the programme manager only, and closes the launch task', () => {
    const office = windowOf(started.state, 'isms-office');
    const launch = { windowId: office.id, auditId: '0b6f2b5a-2222-4333-8444-555566667777', title: 'ISMS office 2026' };
    expect(refusal(() => performProgrammeAction(started.state, 'launchWindowAudit', { email: 'someone@example.com', role: 'programme-manager' }, launch, at(1))).kind).toBe('forbidden');
    const launched = performProgrammeAction(started.state, 'launchWindowAudit', manager, launch, at(1));
    expect(launched.state.windows.find((progress) => progress.windowId === office.id)).toMatchObject({ auditId: launch.auditId, launchedAt: at(1) });
    expect(launchTaskOf(launched.state, office.id)?.state).toBe('done');
    expect(refusal(() => performProgrammeAction(launched.state, 'launchWindowAudit', manager, { ...launch, auditId: 'ab6f2b5a-2222-4333-8444-555566667777' }, at(2))).kind).toBe('conflict');
  });

  it("raises a coverage gap naming the controls a skipped window's area alone owned", () => {
    const supplier = windowOf(started.state, 'dev-supplier');
    const skipped = performProgrammeAction(started.state, 'skipPlannedWindow', manager, { windowId: supplier.id, reason: 'Supplier contract ends in March' }, at(1));
    const applicableDevelopment = DEVELOPMENT.filter((id) => id !== 'A.8.34');
    expect(skipped.events.find((event) => event.type === 'window.skipped')?.data).toEqual({ lost: { clauses: [], controls: applicableDevelopment } });
    const gapTask = skipped.state.tasks.find((task) => task.kind === 'close-coverage-gap');
    expect(gapTask?.title).toContain(applicableDevelopment.join(', '));
    expect(skipped.state.gaps).toEqual([{ taskId: gapTask!.id, raisedAt: at(1), items: { clauses: [], controls: applicableDevelopment } }]);
    // Raised once: a later step raises nothing again.
    const later = tickProgrammeClock(skipped.state, at(2));
    expect(later.state.tasks.filter((task) => task.kind === 'close-coverage-gap')).toHaveLength(1);
    const coverage = programmeCoverage(skipped.state, at(2));
    expect(coverage.gaps.controls).toEqual(applicableDevelopment);
    expect(coverage.controls.find((item) => item.id === 'A.8.25')?.status).toBe('gap');
  });

  it('marks a window nobody decided on missed when it closes, and its launch task climbs the audit ladder', () => {
    const people = windowOf(started.state, 'people');
    const closed = tickProgrammeClock(started.state, people.closesAt);
    expect(closed.events.map((event) => event.type)).toEqual(expect.arrayContaining(['window.missed', 'task.overdue', 'task.escalated']));
    expect(closed.state.windows.find((progress) => progress.windowId === people.id)?.missedAt).toBe(people.closesAt);
    const escalation = closed.events.flatMap((event) => event.notify ?? []).find((intent) => intent.kind === 'programme-task-escalated');
    expect(escalation).toMatchObject({ to: [manager.email], cc: ['cl@example.com'] });
    expect(refusal(() => performProgrammeAction(closed.state, 'launchWindowAudit', manager, { windowId: people.id, auditId: '1b6f2b5a-2222-4333-8444-555566667777', title: 'HR' }, at(40))).field).toBe('windowId');
  });

  it('opens the launch task of a window that closed while nobody was there to open it, so the miss still escalates', () => {
    const nextYear = windowOf(started.state, 'isms-office', 1);
    expect(launchTaskOf(started.state, nextYear.id)).toBeUndefined();
    const late = tickProgrammeClock(started.state, new Date(Date.parse(nextYear.closesAt) + 1000).toISOString());
    expect(launchTaskOf(late.state, nextYear.id)).toMatchObject({ dueAt: nextYear.closesAt });
    expect(late.state.windows.find((progress) => progress.windowId === nextYear.id)?.missedAt).toBeDefined();
    const escalated = tickProgrammeClock(late.state, new Date(Date.parse(nextYear.closesAt) + 2000).toISOString());
    expect(escalated.events.some((event) => event.type === 'task.escalated' && event.subjectId === launchTaskOf(late.state, nextYear.id)!.id)).toBe(true);
  });

  it("counts what a finished audit audited, and withdraws the rest of its window's items", () => {
    const office = windowOf(started.state, 'isms-office');
    const auditId = '0b6f2b5a-2222-4333-8444-555566667777';
    const launched = performProgrammeAction(started.state, 'launchWindowAudit', manager, { windowId: office.id, auditId, title: 'ISMS office 2026' }, at(1));
    const audited = { clauses: ALL_CLAUSES, controls: ORGANIZATIONAL.slice(0, 10) };
    const finished = recordAuditFinished(launched.state, { auditId, windowId: office.id, phase: 'closed', audited }, at(60));
    expect(finished.state.audited).toEqual(audited);
    expect(finished.state.withdrawn).toEqual([{ windowId: office.id, clauses: [], controls: ORGANIZATIONAL.slice(10) }]);
    // The office is audited yearly: its later windows can still audit the rest, so none of it is a gap. (The supplier's
    // only window closed undecided by then: that one is.)
    const gapItems = finished.state.gaps.flatMap((gap) => gap.items.controls);
    expect(gapItems.filter((id) => ORGANIZATIONAL.includes(id))).toEqual([]);
    expect(gapItems).toEqual(DEVELOPMENT.filter((id) => id !== 'A.8.34'));
    expect(recordAuditFinished(finished.state, { auditId, windowId: office.id, phase: 'closed', audited }, at(61)).events).toEqual([]);
    expect(refusal(() => recordAuditFinished(finished.state, { auditId: 'ab6f2b5a-2222-4333-8444-555566667777', windowId: office.id, phase: 'closed', audited }, at(61))).kind).toBe('not-found');
  });

  it('opens the yearly review, and records it with the KPIs the API read', () => {
    const reviewed = tickProgrammeClock(started.state, at(366));
    const task = reviewed.state.tasks.find((candidate) => candidate.kind === 'review-programme');
    expect(task).toBeDefined();
    const recorded = performProgrammeAction(
      reviewed.state,
      'recordProgrammeReview',
      manager,
      { taskId: task!.id, riskTreatmentEffectiveness: 'Treatments worked', auditorDevelopment: 'Two auditors trained', decisions: ['Audit HR yearly'], kpis: { auditsClosed: 3 } },
      at(370),
    );
    expect(recorded.state.reviews[0]).toMatchObject({ taskId: task!.id, recordedAt: at(370), kpis: { auditsClosed: 3 }, decisions: ['Audit HR yearly'] });
    expect(recorded.state.nextReviewAt).toBe(at(365 * 2));
  });

  it('opens a task when a monitoring threshold is crossed, once while it is open, and checks again a week later', () => {
    expect(coverageOnPlanPercent(started.state, at(1))).toBe(100);
    const behind = tickProgrammeClock(started.state, at(31)).state;
    expect(coverageOnPlanPercent(behind, at(31))).toBe(0);
    const checked = checkProgrammeKpis(behind, { overdueCorrectiveActions: 6 }, at(31));
    const kpiTasks = checked.state.tasks.filter((task) => task.kind === 'act-on-kpi');
    expect(kpiTasks.map((task) => task.subjectId)).toEqual(['coverage-behind-plan', 'overdue-corrective-actions']);
    expect(kpiTasks[0]!.title).toContain('0% of the items planned so far audited (threshold 90%)');
    expect(checked.events.filter((event) => event.type === 'kpi.threshold-crossed')).toHaveLength(2);
    expect(checked.state.nextKpiCheckAt).toBe(at(38));
    expect(isKpiCheckDue(checked.state, Date.parse(at(37)))).toBe(false);
    const again = checkProgrammeKpis(checked.state, { overdueCorrectiveActions: 6 }, at(38));
    expect(again.state.tasks.filter((task) => task.kind === 'act-on-kpi')).toHaveLength(2);
    const responded = performProgrammeAction(again.state, 'respondToKpi', manager, { taskId: kpiTasks[1]!.id, response: 'Escalated to the owners of the late actions' }, at(39));
    expect(responded.state.tasks.find((task) => task.id === kpiTasks[1]!.id)?.state).toBe('done');
    expect(checkProgrammeKpis(responded.state, { overdueCorrectiveActions: 3 }, at(45)).state.tasks.filter((task) => task.kind === 'act-on-kpi')).toHaveLength(2);
  });

  it('completes at the cycle end once no audit is under way, cancelling launch tasks left open', () => {
    const ended = tickProgrammeClock(started.state, definition.plan.cycle.end);
    expect(ended.state.status).toBe('completed');
    expect(ended.state.tasks.filter((task) => task.kind === 'launch-audit').every((task) => task.state !== 'open' && task.state !== 'overdue')).toBe(true);
    expect(refusal(() => performProgrammeAction(ended.state, 'skipPlannedWindow', manager, { windowId: 'W-1', reason: 'late' }, definition.plan.cycle.end)).kind).toBe('conflict');
  });
});
