import { z } from 'zod';
import { identifier, shortText, text, timestamp } from '../schemas';
import { isAnnexAControlId, isClauseId } from './scope-items';
import { positiveDuration } from './positive-duration';

/** The audit cycle every applicable clause and control is audited in at least once (commonly three years). */
export const auditCycleSchema = z.object({
  start: timestamp,
  length: positiveDuration.describe('ISO 8601 duration, e.g. P3Y (PT90S in tests)'),
});
export type AuditCycle = z.output<typeof auditCycleSchema>;

export const AUDIT_AREA_KINDS = ['unit', 'site', 'process', 'supplier'] as const;
export type AuditAreaKind = (typeof AUDIT_AREA_KINDS)[number];
/** Higher-risk areas are audited more often (5.4); settings give the frequency of each rating. */
export const RISK_RATINGS = ['high', 'medium', 'low'] as const;
export type RiskRating = (typeof RISK_RATINGS)[number];

const clauseId = z.string().trim().refine(isClauseId, { message: 'must be an ISO/IEC 27001:2022 clause 4–10 such as 4.1, 6.1.2 or 10.2' });
const controlId = z.string().trim().refine(isAnnexAControlId, { message: 'must be an ISO/IEC 27001:2022 Annex A control such as A.5.1 or A.8.34' });

function listedOnce(ids: string[], context: z.RefinementCtx, what: string): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) context.addIssue({ code: 'custom', path: [index], message: `${what} ${id} is listed twice` });
    seen.add(id);
  });
}

/** What a unit, site, process or supplier owns and is audited for. */
export const auditAreaSchema = z
  .object({
    id: identifier,
    name: shortText,
    kind: z.enum(AUDIT_AREA_KINDS),
    riskRating: z.enum(RISK_RATINGS),
    covers: z.object({
      clauses: z.array(clauseId).default([]).superRefine((ids, context) => listedOnce(ids, context, 'clause')),
      controls: z.array(controlId).default([]).superRefine((ids, context) => listedOnce(ids, context, 'control')),
    }),
  })
  .refine((area) => area.covers.clauses.length + area.covers.controls.length > 0, { path: ['covers'], message: 'must cover at least one clause or control' });
export type AuditArea = z.output<typeof auditAreaSchema>;

/**
 * Which Annex A controls the organisation excludes, each with its justification (ISO/IEC 27001 6.1.3 d). Every other
 * control is applicable. Clauses 4–10 cannot be excluded.
 */
export const statementOfApplicabilitySchema = z.object({
  excluded: z
    .array(z.object({ control: controlId, justification: text }))
    .default([])
    .superRefine((exclusions, context) => listedOnce(exclusions.map((exclusion) => exclusion.control), context, 'control')),
});
export type StatementOfApplicability = z.output<typeof statementOfApplicabilitySchema>;

/** First party: the organisation audits itself; second party: its suppliers; third party: certification. */
export const AUDIT_TYPES = ['first-party', 'second-party', 'third-party'] as const;
export const AUDIT_LOCATIONS = ['on-site', 'remote'] as const;
export const AUDIT_INTERACTIONS = ['with-human-interaction', 'without-human-interaction'] as const;

/** A method of ISO 19011 A.1: where the auditors are, and whether they work with the auditee's people or on records alone. */
export const auditMethodSchema = z.object({ location: z.enum(AUDIT_LOCATIONS), interaction: z.enum(AUDIT_INTERACTIONS) });
export type ProgrammeAuditMethod = z.output<typeof auditMethodSchema>;

export const programmeResourcesSchema = z.object({
  auditorDaysPerYear: z.number().positive({ message: 'must be more than zero' }),
  budget: z.object({ amount: z.number().nonnegative(), currency: z.string().regex(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code such as EUR' }) }).optional(),
  tools: z.array(shortText).default([]).describe('tools and remote-audit ICT the audits may use'),
});
export type ProgrammeResources = z.output<typeof programmeResourcesSchema>;

/** What the programme holds beyond its objectives and risks (ISO 19011 5.2–5.4): the cycle, its areas and means. */
export const programmeContentSchema = z.object({
  cycle: auditCycleSchema,
  auditAreas: z
    .array(auditAreaSchema)
    .min(1, { message: 'must name at least one audit area' })
    .superRefine((areas, context) => {
      const seen = new Set<string>();
      areas.forEach((area, index) => {
        if (seen.has(area.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `audit area ${area.id} is listed twice` });
        seen.add(area.id);
      });
    }),
  statementOfApplicability: statementOfApplicabilitySchema.default({ excluded: [] }),
  auditTypes: z.array(z.enum(AUDIT_TYPES)).min(1).default(['first-party']),
  auditMethods: z.array(auditMethodSchema).min(1).default([{ location: 'on-site', interaction: 'with-human-interaction' }]),
  resources: programmeResourcesSchema,
  teamSelectionCriteria: z.array(text).default([]),
});
export type ProgrammeContentInput = z.input<typeof programmeContentSchema>;
export type ProgrammeContent = z.output<typeof programmeContentSchema>;
