import { coverageGaps, DEFAULT_PROGRAMME_CYCLE_SETTINGS, programmeContentSchema, proposeCyclePlan, requiredScopeItems, ScopeItems, scopeItemsDifference, skipWindow, unionOfScopeItems } from '@auditflow/domain';
import { ALL_CLAUSES, at, content, DEVELOPMENT, PEOPLE, threeYearProgramme } from './support/three-year-programme';

const plan = proposeCyclePlan(content, DEFAULT_PROGRAMME_CYCLE_SETTINGS);
const NOTHING = { clauses: [], controls: [] };
const nothingAudited = { audited: NOTHING, withdrawn: [] };
/** What the audits of the windows closed by `day` audited when each audited its whole scope. */
const auditedAsPlannedBy = (day: number, except: ScopeItems = NOTHING): ScopeItems =>
  scopeItemsDifference(unionOfScopeItems(...plan.windows.filter((window) => Date.parse(window.closesAt) <= Date.parse(at(day))).map((window) => window.covers)), except);
// W-5 (days 0–30) and W-11 (days 730–760) are the people area's windows; W-2 is the supplier's only window.

describe('coverage gaps of a cycle', () => {
  it('has none while every item not yet audited has a window still to come', () => {
    expect(coverageGaps(plan, nothingAudited, at(0))).toEqual(NOTHING);
    expect(coverageGaps(plan, { audited: auditedAsPlannedBy(400), withdrawn: [] }, at(400))).toEqual(NOTHING);
    expect(coverageGaps(plan, nothingAudited, at(400)).controls).toEqual(DEVELOPMENT.filter((id) => id !== 'A.8.34'));
  });

  it('names exactly the items a skipped window alone covered', () => {
    const { plan: skipped, lost } = skipWindow(plan, 'W-2', 'Supplier contract ends');
    expect(coverageGaps(skipped, nothingAudited, at(1))).toEqual({ clauses: [], controls: DEVELOPMENT.filter((id) => id !== 'A.8.34') });
    expect(coverageGaps(skipped, nothingAudited, at(1))).toEqual(lost);
  });

  it('names an item a scope change took from the last window that would have audited it', () => {
    const audited = auditedAsPlannedBy(100, { clauses: [], controls: ['A.6.3'] });
    expect(coverageGaps(plan, { audited, withdrawn: [] }, at(100))).toEqual(NOTHING);
    expect(coverageGaps(plan, { audited, withdrawn: [{ windowId: 'W-11', clauses: [], controls: ['A.6.3'] }] }, at(100))).toEqual({ clauses: [], controls: ['A.6.3'] });
  });

  it('counts an item audited by a closed audit as covered even when its later windows are withdrawn', () => {
    const audited = auditedAsPlannedBy(100);
    expect(coverageGaps(plan, { audited, withdrawn: [{ windowId: 'W-11', clauses: [], controls: PEOPLE }] }, at(100))).toEqual(NOTHING);
  });

  it('names what was never audited once the windows have closed, unless their audits are still under way', () => {
    expect(coverageGaps(plan, nothingAudited, at(3 * 365))).toEqual(requiredScopeItems(plan));
    const people = { clauses: [], controls: PEOPLE };
    const othersAudited = { audited: { clauses: ALL_CLAUSES, controls: requiredScopeItems(plan).controls.filter((id) => !PEOPLE.includes(id)) }, withdrawn: [] };
    expect(coverageGaps(plan, othersAudited, at(761))).toEqual(people);
    expect(coverageGaps(plan, { ...othersAudited, underway: ['W-11'] }, at(761))).toEqual(NOTHING);
  });

  it('names what no area owns from the start: no window can audit it', () => {
    const [office, ...rest] = threeYearProgramme.auditAreas;
    const partial = proposeCyclePlan(programmeContentSchema.parse({ ...threeYearProgramme, auditAreas: [{ ...office, covers: { clauses: ALL_CLAUSES.filter((id) => id !== '9.2') } }, ...rest] }), DEFAULT_PROGRAMME_CYCLE_SETTINGS);
    const gaps = coverageGaps(partial, nothingAudited, at(0));
    expect(gaps.clauses).toEqual(['9.2']);
    expect(gaps).toEqual(partial.uncovered);
  });

  it('works the same on a cycle of seconds', () => {
    const short = proposeCyclePlan(
      programmeContentSchema.parse({ ...threeYearProgramme, cycle: { start: at(0), length: 'PT90S' } }),
      { ...DEFAULT_PROGRAMME_CYCLE_SETTINGS, frequencyByRisk: { high: 'PT30S', medium: 'PT45S', low: 'cycle' }, windowLength: 'PT10S' },
    );
    const supplier = short.windows.find((window) => window.areaIds.includes('dev-supplier'))!;
    const skipped = skipWindow(short, supplier.id, 'Supplier left').plan;
    const seconds = (n: number) => Date.parse(at(0)) + n * 1000;
    expect(coverageGaps(short, nothingAudited, seconds(5))).toEqual(NOTHING);
    expect(coverageGaps(skipped, nothingAudited, seconds(5)).controls).toEqual(DEVELOPMENT.filter((id) => id !== 'A.8.34'));
  });
});
