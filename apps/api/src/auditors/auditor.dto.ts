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

const proposedAuditorViewSchema = z.object({
  email: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  competences: z.array(z.string()),
  workload: z.number().describe('audits the auditor was already on in the audit window, before this proposal'),
});

/** The team proposal: a qualified leader and members covering the competence areas, and who was left out and why. */
export const teamProposalViewSchema = z.object({
  leader: proposedAuditorViewSchema.nullable().describe('the least busy eligible auditor qualified to lead; null when the pool has none (the launch then needs a justification)'),
  members: z.array(proposedAuditorViewSchema).describe('the other members, in the order the cover chose them'),
  covered: z.array(z.string()),
  missing: z.array(z.string()).describe('competence areas the proposed team does not cover: launching needs gapJustification.missingCompetence'),
  excluded: z.array(z.object({ email: z.string(), reason: z.enum(['own-unit', 'own-work', 'unavailable']), detail: z.string() })).describe('auditors of the pool who may not or cannot be on this team'),
  workloadAfter: z.record(z.string(), z.number()).describe("each pool auditor's audits in the window once this team is assigned"),
});
