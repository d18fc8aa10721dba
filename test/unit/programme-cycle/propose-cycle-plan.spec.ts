import { DEFAULT_PROGRAMME_CYCLE_SETTINGS, launchOpensAt, planCoverage, programmeContentSchema, programmeCycleSettingsSchema, proposeCyclePlan, Rejection } from '@auditflow/domain';
import { ALL_CLAUSES, at, CYCLE_START, content, DEVELOPMENT, EXCLUDED, threeYearProgramme } from './support/three-year-programme';

const plan = proposeCyclePlan(content, DEFAULT_PROGRAMME_CYCLE_SETTINGS);
const windowsOf = (areaId: string) => plan.windows.filter((window) => window.areaIds.includes(areaId));

describe('proposing the plan of a three-year cycle', () => {
  it('gives each area windows at the frequency of its risk: high 3, medium 2, low 1', () => {
    const counts = Object.fromEntries(content.auditAreas.map((area) => [area.id, windowsOf(area.id).length]));
    expect(counts).toEqual({ 'isms-office': 3, people: 2, 'data-centre': 3, 'it-operations': 2, 'dev-supplier': 1 });
    expect(windowsOf('isms-office').map((window) => [window.opensAt, window.closesAt])).toEqual([
      [at(0), at(30)],
      [at(365), at(395)],
      [at(730), at(760)],
    ]);
    expect(windowsOf('people').map((window) => window.opensAt)).toEqual([at(0), at(730)]);
    expect(plan.cycle).toEqual({ start: CYCLE_START, end: at(3 * 365) });
  });

  it('numbers the windows W-1… in order of opening, then area', () => {
    expect(plan.windows.map((window) => `${window.id} ${window.opensAt.slice(0, 10)} ${window.areaIds.join()}`)).toEqual([
      'W-1 2026-01-01 data-centre',
      'W-2 2026-01-01 dev-supplier',
      'W-3 2026-01-01 isms-office',
      'W-4 2026-01-01 it-operations',
      'W-5 2026-01-01 people',
      'W-6 2027-01-01 data-centre',
      'W-7 2027-01-01 isms-office',
      'W-8 2028-01-01 data-centre',
      'W-9 2028-01-01 isms-office',
      'W-10 2028-01-01 it-operations',
      'W-11 2028-01-01 people',
    ]);
    expect(plan.lastWindowNumber).toBe(11);
    expect(proposeCyclePlan(content, DEFAULT_PROGRAMME_CYCLE_SETTINGS)).toEqual(plan);
  });

  it('plans every applicable clause and control and leaves the excluded controls out', () => {
    const coverage = planCoverage(plan, content.statementOfApplicability);
    expect(coverage.clauses.map((clause) => clause.id)).toEqual(ALL_CLAUSES);
    expect(coverage.controls).toHaveLength(93 - EXCLUDED.length);
    expect([...coverage.clauses, ...coverage.controls].filter((item) => item.windowIds.length === 0)).toEqual([]);
    expect(coverage.controls.map((control) => control.id)).not.toEqual(expect.arrayContaining(['A.7.5']));
    expect(plan.windows.flatMap((window) => window.covers.controls).filter((id) => EXCLUDED.includes(id))).toEqual([]);
    expect(coverage.clauses.find((clause) => clause.id === '10.2')).toEqual({ id: '10.2', windowIds: ['W-3', 'W-7', 'W-9'] });
    expect(windowsOf('dev-supplier')[0]?.covers.controls).toEqual(['A.5.19', 'A.5.20', 'A.5.21', 'A.5.22', ...DEVELOPMENT.filter((id) => id !== 'A.8.34')]);
    expect(plan.uncovered).toEqual({ clauses: [], controls: [] });
  });

  it('reports what no area owns as uncovered instead of giving it to an area', () => {
    const [office, ...rest] = threeYearProgramme.auditAreas;
    const partial = programmeContentSchema.parse({ ...threeYearProgramme, auditAreas: [{ ...office, covers: { clauses: ['4.1', '9.2'], controls: ['A.5.1'] } }, ...rest] });
    const proposed = proposeCyclePlan(partial, DEFAULT_PROGRAMME_CYCLE_SETTINGS);
    expect(proposed.uncovered.clauses).toEqual(ALL_CLAUSES.filter((id) => id !== '4.1' && id !== '9.2'));
    expect(proposed.uncovered.controls).toEqual(['A.5.2', 'A.5.3', 'A.5.4', 'A.5.5', 'A.5.6', 'A.5.7', 'A.5.8', 'A.5.9', 'A.5.10', 'A.5.11', 'A.5.12', 'A.5.13', 'A.5.14', 'A.5.15', 'A.5.16', 'A.5.17', 'A.5.18', 'A.5.23', 'A.5.24', 'A.5.25', 'A.5.26', 'A.5.27', 'A.5.28', 'A.5.29', 'A.5.30', 'A.5.31', 'A.5.32', 'A.5.33', 'A.5.34', 'A.5.35', 'A.5.36', 'A.5.37']);
    expect(proposed.windows.flatMap((window) => window.covers.clauses).sort()).toEqual(['4.1', '4.1', '4.1', '9.2', '9.2', '9.2']);
  });

  it('opens the launch task of a window the lead time before it', () => {
    const [, second] = windowsOf('isms-office');
    expect(launchOpensAt(second!, DEFAULT_PROGRAMME_CYCLE_SETTINGS)).toBe(at(365 - 14));
  });
});

describe('a cycle of seconds', () => {
  const cycle = { start: CYCLE_START, length: 'PT90S' };
  const seconds = (n: number) => new Date(Date.parse(CYCLE_START) + n * 1000).toISOString();
  const short = programmeContentSchema.parse({ ...threeYearProgramme, cycle });

  it('plans by the same rules: high 3, medium 2, low 1 in 90 seconds', () => {
    const settings = programmeCycleSettingsSchema.parse({ frequencyByRisk: { high: 'PT30S', medium: 'PT45S' }, windowLength: 'PT10S', launchLeadTime: 'PT5S' });
    const proposed = proposeCyclePlan(short, settings);
    const opening = (areaId: string) => proposed.windows.filter((window) => window.areaIds.includes(areaId)).map((window) => window.opensAt);
    expect(opening('isms-office')).toEqual([seconds(0), seconds(30), seconds(60)]);
    expect(opening('people')).toEqual([seconds(0), seconds(45)]);
    expect(opening('dev-supplier')).toEqual([seconds(0)]);
    expect(proposed.windows.find((window) => window.opensAt === seconds(45))?.closesAt).toBe(seconds(55));
    expect(launchOpensAt({ opensAt: seconds(45) }, settings)).toBe(seconds(40));
  });

  it('moves a window that would close after the cycle ends back into the cycle', () => {
    const settings = programmeCycleSettingsSchema.parse({ frequencyByRisk: { high: 'PT40S' }, windowLength: 'PT20S' });
    const office = proposeCyclePlan(short, settings).windows.filter((window) => window.areaIds.includes('isms-office'));
    expect(office.map((window) => [window.opensAt, window.closesAt])).toEqual([
      [seconds(0), seconds(20)],
      [seconds(40), seconds(60)],
      [seconds(70), seconds(90)],
    ]);
  });

  it('gives every area one window cut to the cycle when windows are longer than the cycle', () => {
    const proposed = proposeCyclePlan(short, programmeCycleSettingsSchema.parse({ frequencyByRisk: { high: 'PT30S', medium: 'PT45S' } }));
    expect(proposed.windows.map((window) => [window.areaIds.join(), window.opensAt, window.closesAt])).toEqual(
      ['data-centre', 'dev-supplier', 'isms-office', 'it-operations', 'people'].map((area) => [area, seconds(0), seconds(90)]),
    );
    expect(proposed.uncovered).toEqual({ clauses: [], controls: [] });
  });

  it('refuses a frequency that would give an area more than a thousand windows, naming the setting', () => {
    const settings = programmeCycleSettingsSchema.parse({ frequencyByRisk: { medium: 'PT1S' } });
    const attempt = () => proposeCyclePlan(content, settings);
    expect(attempt).toThrow(Rejection);
    expect(attempt).toThrow(expect.objectContaining({ kind: 'invalid', field: 'settings.frequencyByRisk.medium' }));
  });
});
