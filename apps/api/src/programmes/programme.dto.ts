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
  status: z.enum(['draft', 'approved']),
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
    status: entity.status,
    approvedBy: entity.approvedBy,
    approvedAt: entity.approvedAt?.toISOString() ?? null,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
