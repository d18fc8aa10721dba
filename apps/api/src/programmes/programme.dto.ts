import { z } from 'zod';
import { ProgrammeEntity } from '@auditflow/persistence';

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

const scopeItemsViewSchema = z.object({ clauses: z.array(z.string()).describe('ISO/IEC 27001:2022 clauses, e.g. 9.2'), controls: z.array(z.string()).describe('Annex A controls, e.g. A.8.24') });

/** A proposed cycle plan and the coverage it gives each applicable clause and control. */
export const proposedCyclePlanSchema = z.object({
  plan: z.object({
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
  }),
  coverage: z.object({
    clauses: z.array(z.object({ id: z.string(), windowIds: z.array(z.string()) })),
    controls: z.array(z.object({ id: z.string(), windowIds: z.array(z.string()) })),
  }),
});
