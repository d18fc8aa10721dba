import { ISO27001_2022_ANNEX_A, ISO27001_2022_CLAUSES, ProgrammeInput } from '@auditflow/domain';
import { sampleProgramme } from '@auditflow/samples';

export const ALL_CLAUSES = ISO27001_2022_CLAUSES.map((clause) => clause.id);

/** Five areas of mixed risk that own every clause and twelve controls; only the supplier owns its two. */
export const AREAS = [
  { id: 'isms-office', name: 'ISMS office', kind: 'unit', riskRating: 'high', covers: { clauses: ALL_CLAUSES, controls: ['A.5.1', 'A.5.15', 'A.5.24'] } },
  { id: 'people', name: 'Human resources', kind: 'process', riskRating: 'medium', covers: { controls: ['A.6.3', 'A.6.7'] } },
  { id: 'data-centre', name: 'Data centre', kind: 'site', riskRating: 'medium', covers: { controls: ['A.7.1', 'A.7.2'] } },
  { id: 'it-operations', name: 'IT operations', kind: 'process', riskRating: 'medium', covers: { controls: ['A.8.13', 'A.8.15', 'A.8.16'] } },
  { id: 'dev-supplier', name: 'Outsourced development', kind: 'supplier', riskRating: 'low', covers: { controls: ['A.5.19', 'A.8.30'] } },
] as const;
export const APPLICABLE: string[] = AREAS.flatMap((area) => [...area.covers.controls]);
export const SUPPLIER_ONLY = ['A.5.19', 'A.8.30'];

/**
 * A programme whose three-year cycle runs on a compressed clock: a "year" is 40 s (`PT120S` in all), high-risk areas
 * audited every 40 s, medium every 80 s, low once; 20-second windows whose launch tasks open 5 s ahead. Its Statement
 * of Applicability excludes every control no area owns. Its task ladder is in seconds too.
 */
export function compressedProgramme(start: string, cycleSettings: Record<string, unknown> = {}): ProgrammeInput {
  return {
    ...sampleProgramme({
      reminderLeadTimes: ['PT5S'],
      escalationLadder: [
        { after: 'PT0S', notify: ['assignee'], cc: ['assignee-manager'] },
        { after: 'PT10S', notify: ['compliance-lead'], cc: [] },
      ],
    }),
    name: `Compressed cycle ${Date.now().toString(36)}`,
    content: {
      cycle: { start, length: 'PT120S' },
      auditAreas: AREAS.map((area) => ({ ...area, covers: { clauses: 'clauses' in area.covers ? [...area.covers.clauses] : [], controls: [...area.covers.controls] } })),
      statementOfApplicability: {
        excluded: ISO27001_2022_ANNEX_A.filter((control) => !APPLICABLE.includes(control.id)).map((control) => ({ control: control.id, justification: 'Outside the scope of this ISMS' })),
      },
      resources: { auditorDaysPerYear: 20 },
    },
    cycleSettings: {
      frequencyByRisk: { high: 'PT40S', medium: 'PT80S', low: 'cycle' },
      windowLength: 'PT20S',
      launchLeadTime: 'PT5S',
      reviewEvery: 'PT50S',
      reviewWithin: 'PT60S',
      coverageGapWithin: 'PT60S',
      kpiCheckEvery: 'PT30S',
      kpiActionWithin: 'PT60S',
      ...cycleSettings,
    },
  } as ProgrammeInput;
}
