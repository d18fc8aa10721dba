import { z } from 'zod';
import { AUDIT_PHASES, ownWorkViewSchema, TEAM_ROLES } from '@auditflow/domain';
import { AuditorEntity, TeamMembership } from '@auditflow/persistence';

/** An auditor of the pool as the API answers it. */
export const auditorViewSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  competences: z.array(z.string()),
  teamLeaderQualified: z.boolean(),
  ownWork: z.array(ownWorkViewSchema).describe('declared conflicts: work the auditor designed or operated, which they may not audit'),
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
    ownWork: entity.ownWork,
    evaluations: entity.evaluations,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}

/** One auditor with the audits whose team names them (those the reader may see), newest planned start first. */
export const auditorDetailViewSchema = auditorViewSchema.extend({
  audits: z
    .array(
      z.object({
        auditId: z.uuid(),
        title: z.string(),
        phase: z.enum(AUDIT_PHASES),
        role: z.enum(TEAM_ROLES).describe('the role the auditor holds on the audit team'),
        auditeeUnit: z.string(),
        plannedStart: z.string(),
        plannedEnd: z.string(),
      }),
    )
    .describe('the audits the auditor is on, among those the reader may see'),
});
export type AuditorDetailView = z.infer<typeof auditorDetailViewSchema>;

export function auditorDetailView(entity: AuditorEntity, audits: TeamMembership[]): AuditorDetailView {
  return { ...auditorView(entity), audits };
}

/** The team check: covered and missing competence areas, independence conflicts, leader, members not in the pool. */
export const teamCheckViewSchema = z.object({
  covered: z.array(z.string()),
  missing: z.array(z.string()),
  independenceConflicts: z.array(z.string()),
  leaderQualified: z.boolean(),
  unknown: z.array(z.string()),
});
