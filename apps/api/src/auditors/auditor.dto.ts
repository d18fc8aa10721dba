import { z } from 'zod';
import { AuditorEntity } from '@auditflow/persistence';

/** An auditor of the pool as the API answers it. */
export const auditorViewSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  competences: z.array(z.string()),
  teamLeaderQualified: z.boolean(),
  evaluations: z.array(
    z.object({
      evaluatedAt: z.string(),
      evaluatedBy: z.string(),
      method: z.string(),
      criteria: z.array(z.string()),
      result: z.string(),
      gaps: z.array(z.string()).optional(),
      note: z.string().optional(),
    }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AuditorView = z.infer<typeof auditorViewSchema>;

export function auditorView(entity: AuditorEntity): AuditorView {
  return {
    id: entity.id,
    email: entity.email,
    name: entity.name,
    unit: entity.unit,
    competences: entity.competences,
    teamLeaderQualified: entity.teamLeaderQualified,
    evaluations: entity.evaluations,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}

/** The team check: covered and missing competence areas, independence conflicts, leader, members not in the pool. */
export const teamCheckViewSchema = z.object({
  covered: z.array(z.string()),
  missing: z.array(z.string()),
  independenceConflicts: z.array(z.string()),
  leaderQualified: z.boolean(),
  unknown: z.array(z.string()),
});
