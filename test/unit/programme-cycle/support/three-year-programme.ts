import { ISO27001_2022_ANNEX_A, ISO27001_2022_CLAUSES, programmeContentSchema, ProgrammeContentInput } from '@auditflow/domain';

export const CYCLE_START = '2026-01-01T00:00:00.000Z';
export const DAY_MS = 86_400_000;
export const at = (days: number): string => new Date(Date.parse(CYCLE_START) + days * DAY_MS).toISOString();

export const ALL_CLAUSES = ISO27001_2022_CLAUSES.map((clause) => clause.id);
const controlsBetween = (first: string, last: string): string[] => {
  const ids = ISO27001_2022_ANNEX_A.map((control) => control.id);
  return ids.slice(ids.indexOf(first as never), ids.indexOf(last as never) + 1);
};
export const ORGANIZATIONAL = controlsBetween('A.5.1', 'A.5.37');
export const PEOPLE = controlsBetween('A.6.1', 'A.6.8');
export const PHYSICAL = controlsBetween('A.7.1', 'A.7.14');
export const OPERATIONS = controlsBetween('A.8.1', 'A.8.24');
export const DEVELOPMENT = controlsBetween('A.8.25', 'A.8.34');
/** Supplier controls the ISMS office owns too, so the supplier's window is not their only one. */
export const SUPPLIER_SHARED = controlsBetween('A.5.19', 'A.5.22');
export const EXCLUDED = ['A.7.5', 'A.8.34'];

/** Five areas of mixed risk that between them own every clause and every control; two controls are excluded. */
export const threeYearProgramme: ProgrammeContentInput = {
  cycle: { start: CYCLE_START, length: 'P3Y' },
  auditAreas: [
    { id: 'isms-office', name: 'ISMS office', kind: 'unit', riskRating: 'high', covers: { clauses: ALL_CLAUSES, controls: ORGANIZATIONAL } },
    { id: 'people', name: 'Human resources', kind: 'process', riskRating: 'medium', covers: { controls: PEOPLE } },
    { id: 'data-centre', name: 'Data centre Leipzig', kind: 'site', riskRating: 'high', covers: { controls: PHYSICAL } },
    { id: 'it-operations', name: 'IT operations', kind: 'process', riskRating: 'medium', covers: { controls: OPERATIONS } },
    { id: 'dev-supplier', name: 'Outsourced development', kind: 'supplier', riskRating: 'low', covers: { controls: [...SUPPLIER_SHARED, ...DEVELOPMENT] } },
  ],
  statementOfApplicability: {
    excluded: [
      { control: 'A.7.5', justification: 'No premises in areas exposed to natural hazards' },
      { control: 'A.8.34', justification: 'No audit testing on production systems' },
    ],
  },
  auditMethods: [
    { location: 'on-site', interaction: 'with-human-interaction' },
    { location: 'remote', interaction: 'without-human-interaction' },
  ],
  resources: { auditorDaysPerYear: 40, budget: { amount: 25_000, currency: 'EUR' } },
  teamSelectionCriteria: ['Lead auditor qualification for team leaders', 'No auditor audits their own unit'],
};

export const content = programmeContentSchema.parse(threeYearProgramme);
