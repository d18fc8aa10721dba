import { DEFAULT_PROGRAMME_CYCLE_SETTINGS, mergeWindows, moveWindow, onlyCoveredBy, planCoverage, plannedScopeItems, proposeCyclePlan, skipWindow, splitWindow } from '@auditflow/domain';
import { at, content, DEVELOPMENT, OPERATIONS } from './support/three-year-programme';
import { refusal } from './support/refusal';

const plan = proposeCyclePlan(content, DEFAULT_PROGRAMME_CYCLE_SETTINGS);
const NOTHING = { clauses: [], controls: [] };
const window = (id: string) => plan.windows.find((candidate) => candidate.id === id)!;
// W-2: the supplier's only window; W-4 and W-10: IT operations; W-5 and W-11: people; W-3: the ISMS office's first.
const DEVELOPMENT_APPLICABLE = DEVELOPMENT.filter((id) => id !== 'A.8.34');

describe('editing the cycle plan', () => {
  it('moves a window within the cycle, keeping its length and coverage, and lists it in its new place', () => {
    const { plan: moved, lost } = moveWindow(plan, 'W-2', at(400));
    expect(lost).toEqual(NOTHING);
    expect(moved.windows.find((each) => each.id === 'W-2')).toMatchObject({ opensAt: at(400), closesAt: at(430) });
    expect(moved.windows.map((each) => each.id).slice(4, 8)).toEqual(['W-6', 'W-7', 'W-2', 'W-8']);
    expect(plannedScopeItems(moved)).toEqual(plannedScopeItems(plan));
  });

  it('refuses to move a window out of the cycle, to no date, or a window the plan does not hold', () => {
    expect(refusal(() => moveWindow(plan, 'W-2', at(1080)))).toEqual({ kind: 'invalid', field: 'opensAt', message: `window W-2 must open and close within the cycle (${plan.cycle.start} to ${plan.cycle.end})` });
    expect(refusal(() => moveWindow(plan, 'W-2', at(-1)))).toMatchObject({ kind: 'invalid', field: 'opensAt' });
    expect(refusal(() => moveWindow(plan, 'W-2', 'next spring'))).toEqual({ kind: 'invalid', field: 'opensAt', message: 'must be an ISO 8601 date-time with offset' });
    expect(refusal(() => moveWindow(plan, 'W-99', at(10)))).toEqual({ kind: 'not-found', message: 'window W-99 is not in the plan' });
  });

  it('merges windows into one audit of all their areas and items, in the earliest slot', () => {
    const { plan: merged, lost } = mergeWindows(plan, ['W-11', 'W-2']);
    expect(lost).toEqual(NOTHING);
    expect(merged.windows).toHaveLength(plan.windows.length - 1);
    const combined = merged.windows.find((each) => each.id === 'W-2')!;
    expect(combined).toMatchObject({ areaIds: ['dev-supplier', 'people'], opensAt: at(0), closesAt: at(30), status: 'planned' });
    expect(combined.covers.controls).toEqual([...window('W-2').covers.controls.slice(0, 4), ...window('W-11').covers.controls, ...DEVELOPMENT_APPLICABLE]);
    expect(merged.windows.some((each) => each.id === 'W-11')).toBe(false);
    expect(plannedScopeItems(merged)).toEqual(plannedScopeItems(plan));
  });

  it('refuses to merge fewer than two windows, one window twice, or a skipped window', () => {
    expect(refusal(() => mergeWindows(plan, ['W-1']))).toEqual({ kind: 'invalid', field: 'windowIds', message: 'must name at least two windows to merge' });
    expect(refusal(() => mergeWindows(plan, ['W-1', 'W-1']))).toEqual({ kind: 'invalid', field: 'windowIds', message: 'must not name a window twice' });
    const skipped = skipWindow(plan, 'W-5', 'Reorganisation of HR').plan;
    expect(refusal(() => mergeWindows(skipped, ['W-1', 'W-5']))).toEqual({ kind: 'invalid', field: 'windowIds', message: 'window W-5 is skipped' });
    expect(refusal(() => mergeWindows(plan, ['W-1', 'W-42']))).toEqual({ kind: 'not-found', message: 'window W-42 is not in the plan' });
  });

  it('splits a window into audits of its parts in the same slot, the new ones numbered after the highest', () => {
    const parts = [{ controls: OPERATIONS.slice(0, 12) }, { controls: OPERATIONS.slice(12) }].map((part) => ({ clauses: [], ...part }));
    const { plan: split, lost } = splitWindow(plan, 'W-4', parts);
    expect(lost).toEqual(NOTHING);
    expect(split.windows.filter((each) => each.areaIds.includes('it-operations')).map((each) => [each.id, each.opensAt, each.covers.controls.length])).toEqual([
      ['W-4', at(0), 12],
      ['W-12', at(0), 12],
      ['W-10', at(730), 24],
    ]);
    expect(split.lastWindowNumber).toBe(12);
    expect(splitWindow(split, 'W-12', [{ clauses: [], controls: ['A.8.13'] }, { clauses: [], controls: ['A.8.14'] }]).plan.windows.map((each) => each.id)).toContain('W-13');
  });

  it('loses what a split leaves out only when no other window covers it', () => {
    const [first, ...rest] = window('W-2').covers.controls;
    const { lost } = splitWindow(plan, 'W-2', [{ clauses: [], controls: [first!] }, { clauses: [], controls: rest.filter((id) => id !== 'A.8.25' && id !== 'A.5.20') }]);
    expect(lost).toEqual({ clauses: [], controls: ['A.8.25'] });
  });

  it('refuses a split into fewer than two parts, an empty part, or items the window does not cover, naming the part', () => {
    expect(refusal(() => splitWindow(plan, 'W-4', [{ clauses: [], controls: ['A.8.1'] }]))).toEqual({ kind: 'invalid', field: 'parts', message: 'must give at least two parts to split into' });
    expect(refusal(() => splitWindow(plan, 'W-4', [{ clauses: [], controls: [] }, { clauses: [], controls: ['A.8.1'] }]))).toEqual({ kind: 'invalid', field: 'parts.0', message: 'must cover at least one clause or control' });
    expect(refusal(() => splitWindow(plan, 'W-4', [{ clauses: [], controls: ['A.8.1'] }, { clauses: [], controls: ['A.5.1'] }]))).toEqual({ kind: 'invalid', field: 'parts.1.controls', message: 'A.5.1 is not covered by window W-4' });
    expect(refusal(() => splitWindow(plan, 'W-4', [{ clauses: ['4.1'], controls: [] }, { clauses: [], controls: ['A.8.1'] }]))).toEqual({ kind: 'invalid', field: 'parts.0.clauses', message: '4.1 is not covered by window W-4' });
    expect(refusal(() => splitWindow(plan, 'W-4', [{ clauses: [], controls: ['A.8.1'] }, { clauses: [], controls: ['A.8.1'] }]))).toEqual({ kind: 'invalid', field: 'parts.1.controls', message: 'A.8.1 is in more than one part' });
  });

  it('skips an area’s only window with a reason, keeping it in the plan and losing exactly what only it covered', () => {
    expect(onlyCoveredBy(plan, 'W-2')).toEqual({ clauses: [], controls: DEVELOPMENT_APPLICABLE });
    const { plan: skipped, lost } = skipWindow(plan, 'W-2', '  Supplier contract ends this year ');
    expect(lost).toEqual({ clauses: [], controls: DEVELOPMENT_APPLICABLE });
    expect(skipped.windows.find((each) => each.id === 'W-2')).toMatchObject({ status: 'skipped', skipReason: 'Supplier contract ends this year' });
    const coverage = planCoverage(skipped, content.statementOfApplicability);
    expect(coverage.controls.filter((control) => control.windowIds.length === 0).map((control) => control.id)).toEqual(DEVELOPMENT_APPLICABLE);
    expect(coverage.controls.find((control) => control.id === 'A.5.19')).toEqual({ id: 'A.5.19', windowIds: ['W-3', 'W-7', 'W-9'] });
  });

  it('loses nothing when the skipped window’s items are planned again later in the cycle', () => {
    expect(skipWindow(plan, 'W-4', 'Data centre migration').lost).toEqual(NOTHING);
  });

  it('refuses a skip without a reason or of a window already skipped', () => {
    expect(refusal(() => skipWindow(plan, 'W-2', '   '))).toEqual({ kind: 'invalid', field: 'reason', message: 'must say why the window is skipped' });
    const skipped = skipWindow(plan, 'W-2', 'Contract ends').plan;
    expect(refusal(() => skipWindow(skipped, 'W-2', 'again'))).toEqual({ kind: 'invalid', field: 'windowId', message: 'window W-2 is skipped' });
    expect(refusal(() => moveWindow(skipped, 'W-2', at(10)))).toEqual({ kind: 'invalid', field: 'windowId', message: 'window W-2 is skipped' });
  });

  it('leaves the plan it was given unchanged', () => {
    const before = JSON.stringify(plan);
    moveWindow(plan, 'W-1', at(100));
    mergeWindows(plan, ['W-1', 'W-3']);
    splitWindow(plan, 'W-4', [{ clauses: [], controls: ['A.8.1'] }, { clauses: [], controls: ['A.8.2'] }]);
    skipWindow(plan, 'W-5', 'no reason needed here');
    expect(JSON.stringify(plan)).toBe(before);
  });
});
