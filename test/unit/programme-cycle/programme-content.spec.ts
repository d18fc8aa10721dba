import { programmeContentSchema, programmeCycleSettingsSchema, DEFAULT_PROGRAMME_CYCLE_SETTINGS } from '@auditflow/domain';
import { threeYearProgramme } from './support/three-year-programme';

function issues(input: unknown): { path: string; message: string }[] {
  const result = programmeContentSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('the content of an audit programme (5.2–5.4)', () => {
  it('accepts areas, a statement of applicability, methods and resources, and defaults the audit type', () => {
    const content = programmeContentSchema.parse(threeYearProgramme);
    expect(content.auditAreas.map((area) => [area.id, area.riskRating])).toEqual([
      ['isms-office', 'high'],
      ['people', 'medium'],
      ['data-centre', 'high'],
      ['it-operations', 'medium'],
      ['dev-supplier', 'low'],
    ]);
    expect(content.auditTypes).toEqual(['first-party']);
    expect(content.resources).toEqual({ auditorDaysPerYear: 40, budget: { amount: 25_000, currency: 'EUR' }, tools: [] });
    expect(content.statementOfApplicability.excluded.map((exclusion) => exclusion.control)).toEqual(['A.7.5', 'A.8.34']);
  });

  it('refuses clauses and controls the reference data does not hold, naming where they are', () => {
    const [first, ...rest] = threeYearProgramme.auditAreas;
    expect(issues({ ...threeYearProgramme, auditAreas: [{ ...first, covers: { clauses: ['11.1', '6.1.2'], controls: ['5.1'] } }, ...rest] })).toEqual([
      { path: 'auditAreas.0.covers.clauses.0', message: 'must be an ISO/IEC 27001:2022 clause 4–10 such as 4.1, 6.1.2 or 10.2' },
      { path: 'auditAreas.0.covers.controls.0', message: 'must be an ISO/IEC 27001:2022 Annex A control such as A.5.1 or A.8.34' },
    ]);
    expect(issues({ ...threeYearProgramme, statementOfApplicability: { excluded: [{ control: 'A.9.1', justification: 'none' }] } })).toEqual([
      { path: 'statementOfApplicability.excluded.0.control', message: 'must be an ISO/IEC 27001:2022 Annex A control such as A.5.1 or A.8.34' },
    ]);
  });

  it('refuses an area listed twice, an area covering nothing, a control excluded twice and a cycle of no length', () => {
    const [first, second] = threeYearProgramme.auditAreas;
    expect(issues({ ...threeYearProgramme, cycle: { start: '2026-01-01T00:00:00Z', length: 'P0D' }, auditAreas: [first, { ...second, id: first!.id }, { ...second, id: 'empty', covers: {} }] })).toEqual([
      { path: 'cycle.length', message: 'must be an ISO 8601 duration longer than zero, such as P3Y, P30D or PT90S' },
      { path: 'auditAreas.2.covers', message: 'must cover at least one clause or control' },
      { path: 'auditAreas.1.id', message: 'audit area isms-office is listed twice' },
    ]);
    const twice = { control: 'A.7.5', justification: 'no hazards' };
    expect(issues({ ...threeYearProgramme, statementOfApplicability: { excluded: [twice, twice] } })).toEqual([
      { path: 'statementOfApplicability.excluded.1', message: 'control A.7.5 is listed twice' },
    ]);
  });

  it('plans high-risk areas yearly, medium every two years and low once per cycle, in 30-day windows launched 14 days ahead, reviewed yearly', () => {
    const review = {
      reviewEvery: 'P1Y',
      reviewWithin: 'P30D',
      coverageGapWithin: 'P14D',
      kpiCheckEvery: 'P7D',
      kpiThresholds: { coverageBehindPlanPercent: 90, overdueCorrectiveActions: 5 },
      kpiActionWithin: 'P14D',
    };
    expect(DEFAULT_PROGRAMME_CYCLE_SETTINGS).toEqual({ frequencyByRisk: { high: 'P1Y', medium: 'P2Y', low: 'cycle' }, windowLength: 'P30D', launchLeadTime: 'P14D', ...review });
    expect(programmeCycleSettingsSchema.parse({ frequencyByRisk: { high: 'PT30S' }, windowLength: 'PT10S' })).toEqual({
      frequencyByRisk: { high: 'PT30S', medium: 'P2Y', low: 'cycle' },
      windowLength: 'PT10S',
      launchLeadTime: 'P14D',
      ...review,
    });
    const refused = programmeCycleSettingsSchema.safeParse({ frequencyByRisk: { medium: 'PT0S' }, windowLength: 'soon' });
    expect(refused.success ? [] : refused.error.issues.map((issue) => issue.path.join('.'))).toEqual(['frequencyByRisk.medium', 'windowLength']);
  });
});
