import { z } from 'zod';
import { FINDING_GRADES, FindingGrade, NONCONFORMITY_GRADES, NonconformityGrade } from '@auditflow/domain';
import { ProgrammeEntity, ProgrammeKpis } from '@auditflow/persistence';

/** An audit programme as the API answers it (the JSON the stored row has always produced, now a schema of its own). */
export const programmeViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  objectives: z.array(z.string()),
  risks: z.array(z.object({ description: z.string(), treatment: z.string() })),
  extent: z.string().nullable(),
  managerEmail: z.string(),
  managerName: z.string(),
  complianceLeadEmail: z.string(),
  complianceLeadName: z.string(),
  settings: z
    .record(z.string(), z.unknown())
    .describe('per-programme overrides of the audit settings (durations as ISO 8601 such as P14D, or as "N working days" counted on the working calendar in workingCalendar)'),
  content: z.record(z.string(), z.unknown()).nullable().describe('cycle, audit areas, Statement of Applicability, audit types and methods, resources, team-selection criteria (5.2–5.4)'),
  cycleSettings: z.record(z.string(), z.unknown()).nullable().describe('frequency of audits by risk, window length, launch lead time'),
  version: z.number().int().describe('each change is a new version, approved again by the audit client'),
  status: z.enum(['draft', 'approved']).describe('draft: this version awaits the audit client\'s approval'),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProgrammeView = z.infer<typeof programmeViewSchema>;

export function programmeView(entity: ProgrammeEntity): ProgrammeView {
  return {
    id: entity.id,
    name: entity.name,
    description: entity.description,
    objectives: entity.objectives,
    risks: entity.risks,
    extent: entity.extent,
    managerEmail: entity.managerEmail,
    managerName: entity.managerName,
    complianceLeadEmail: entity.complianceLeadEmail,
    complianceLeadName: entity.complianceLeadName,
    settings: entity.settings as Record<string, unknown>,
    content: entity.content as Record<string, unknown> | null,
    cycleSettings: entity.cycleSettings as Record<string, unknown> | null,
    version: entity.version,
    status: entity.status,
    approvedBy: entity.approvedBy,
    approvedAt: entity.approvedAt?.toISOString() ?? null,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}

export const scopeItemsViewSchema = z.object({ clauses: z.array(z.string()).describe('ISO/IEC 27001:2022 clauses, e.g. 9.2'), controls: z.array(z.string()).describe('Annex A controls, e.g. A.8.24') });

/** A cycle plan: its windows, each covering clauses and controls. */
export const cyclePlanViewSchema = z.object({
    cycle: z.object({ start: z.string(), end: z.string() }),
    windows: z.array(
      z.object({
        id: z.string(),
        areaIds: z.array(z.string()),
        opensAt: z.string(),
        closesAt: z.string(),
        covers: scopeItemsViewSchema,
        status: z.enum(['planned', 'skipped']),
        skipReason: z.string().optional(),
      }),
    ),
    uncovered: scopeItemsViewSchema.describe('applicable items no audit area owns: no plan can cover them until an area does'),
    lastWindowNumber: z.number().int(),
  });

/** A proposed cycle plan and the coverage it gives each applicable clause and control. */
export const proposedCyclePlanSchema = z.object({
  plan: cyclePlanViewSchema,
  coverage: z.object({
    clauses: z.array(z.object({ id: z.string(), windowIds: z.array(z.string()) })),
    controls: z.array(z.object({ id: z.string(), windowIds: z.array(z.string()) })),
  }),
});

const gradeCountsSchema = z.object(Object.fromEntries(FINDING_GRADES.map((grade) => [grade, z.number().int()])) as Record<FindingGrade, z.ZodNumber>);
const durationStatsSchema = z
  .object({ count: z.number().int(), mean: z.number().nullable(), p50: z.number().nullable(), p90: z.number().nullable() })
  .describe('days, rounded to 0.01; percentiles interpolate linearly between the closest ranks (PostgreSQL percentile_cont); null when count is 0');

/** Monitoring figures of a programme (5.6), computed from its audits as the read model knows them. */
export const programmeKpisSchema = z.object({
  audits: z.number().int().describe("the programme's audits in any phase"),
  reportLeadTimeDays: durationStatsSchema.describe('from the closing meeting held to the first report version issued, over the audits with both'),
  findings: z
    .object({
      total: z.number().int(),
      byGrade: gradeCountsSchema,
      byCriterion: z.array(z.object({ criterion: z.string().describe('ISO/IEC 27001 clause or Annex A control'), total: z.number().int(), byGrade: gradeCountsSchema })).describe('most findings first'),
    })
    .describe('findings at their current grade, without those withdrawn by the resolution of a dispute'),
  correctiveActionClosure: z.object({
    byGrade: z
      .object(Object.fromEntries(NONCONFORMITY_GRADES.map((grade) => [grade, durationStatsSchema])) as Record<NonconformityGrade, typeof durationStatsSchema>)
      .describe('closed corrective actions: from the follow-up opening to its closing (one awaiting a scheduled re-check is not closed yet)'),
    open: z.number().int().describe('corrective actions not closed'),
    overdue: z.number().int().describe('open corrective actions with a task of their follow-up past its current due date now'),
  }),
  escalations: z.object({
    total: z.number().int(),
    byRung: z.array(z.object({ rung: z.number().int().describe('1 = the first rung of the escalation ladder'), count: z.number().int() })),
  }).describe('escalations of overdue tasks recorded on the timelines'),
  schedule: z
    .object({ completed: z.number().int(), completedByPlannedEnd: z.number().int(), closed: z.number().int(), closedByPlannedEnd: z.number().int() })
    .describe("audits completed (6.6) and closed (every follow-up closed), and how many of each by the audit's planned end"),
  auditorDays: z
    .object({
      plannedPerYear: z.number().nullable().describe("the programme's resources: auditor days per year"),
      budget: z.object({ amount: z.number(), currency: z.string() }).nullable(),
      used: z.null().describe('always null: the read model does not record the days auditors spend'),
    })
    .describe("the programme's resources (5.4); what audits use is not recorded yet"),
  coverage: z
    .object({ percentOfPlan: z.number(), percentOfCycle: z.number() })
    .nullable()
    .describe("applicable clauses and controls audited in the programme's cycle, as a share (%) of those its plan covers and of all it must cover; null before the cycle starts (GET /programmes/{id}/coverage has each item)"),
});
export type ProgrammeKpisView = z.infer<typeof programmeKpisSchema>;

export function programmeKpisView(programme: ProgrammeEntity, kpis: ProgrammeKpis, coverage: ProgrammeKpisView['coverage']): ProgrammeKpisView {
  const resources = programme.content?.resources;
  return { ...kpis, auditorDays: { plannedPerYear: resources?.auditorDaysPerYear ?? null, budget: resources?.budget ?? null, used: null }, coverage };
}
