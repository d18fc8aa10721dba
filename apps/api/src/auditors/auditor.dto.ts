import { z } from 'zod';
import { AUDIT_PHASES, CpdStanding, ownWorkViewSchema, TEAM_ROLES } from '@auditflow/domain';
import { AuditorEntity, TeamMembership } from '@auditflow/persistence';

const qualificationViewSchema = z.object({
  name: z.string(),
  issuer: z.string(),
  obtainedAt: z.string(),
  expiresAt: z.string().optional(),
  evidenceRef: z.string(),
});

/** Auditee feedback on the auditor for one audit, as kept on the profile. */
export const auditorFeedbackViewSchema = z.object({
  auditId: z.string(),
  rating: z.number().int().describe('1 (poor) to 5 (excellent)'),
  comment: z.string(),
  givenBy: z.string().describe('e-mail of the auditee representative or manager who gave it'),
  givenAt: z.string(),
});

const cpdRecordViewSchema = z.object({
  date: z.string(),
  hours: z.number(),
  activity: z.string(),
  evidenceRef: z.string(),
  recordedBy: z.string().describe('e-mail of the auditor or programme manager who recorded it'),
  recordedAt: z.string(),
});

/** The auditor's CPD this calendar year (UTC) against CPD_HOURS_PER_YEAR, pro rata. */
export const cpdStandingViewSchema = z.object({
  year: z.number().int(),
  hoursThisYear: z.number(),
  targetHours: z.number().describe('CPD_HOURS_PER_YEAR'),
  expectedByNow: z.number().describe('the target pro rata for the days of the year gone by before today'),
  behind: z.boolean().describe('fewer hours this year than expected by now'),
});

/** POST /auditors/{id}/cpd: the record as kept, and the auditor's standing with it. */
export const cpdRecordedViewSchema = z.object({ recorded: cpdRecordViewSchema, standing: cpdStandingViewSchema });

/** An auditor of the pool as the API answers it. */
export const auditorViewSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  competences: z.array(z.string()),
  teamLeaderQualified: z.boolean(),
  ownWork: z.array(ownWorkViewSchema).describe('declared conflicts: work the auditor designed or operated, which they may not audit'),
  sectors: z.array(z.string()),
  languages: z.array(z.string()).describe('language tags, e.g. en, de'),
  qualifications: z.array(qualificationViewSchema),
  evaluations: z.array(
    z.object({
      evaluatedAt: z.string(),
      evaluatedBy: z.string(),
      recordedBy: z.string().optional().describe('e-mail of who recorded it (not kept for evaluations recorded before it was)'),
      auditId: z.string().optional().describe('the audit the evaluation is about'),
      method: z.string(),
      criteria: z.array(z.string()),
      result: z.string(),
      gaps: z.array(z.string()).optional(),
      note: z.string().optional(),
    }),
  ),
  feedback: z.array(auditorFeedbackViewSchema).describe("auditees' feedback after audits, oldest first"),
  cpdRecords: z.array(cpdRecordViewSchema).describe('continual professional development, in the order recorded'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AuditorView = z.infer<typeof auditorViewSchema>;

/**
 * The auditor as someone answers it who may record about them but not read their whole record (a team leader after
 * an audit): the profile, and of the evaluations those they recorded themselves; no feedback, no CPD.
 */
export function auditorViewForEvaluator(entity: AuditorEntity, evaluatorEmail: string): AuditorView {
  return { ...auditorView(entity), evaluations: entity.evaluations.filter((evaluation) => evaluation.recordedBy === evaluatorEmail), feedback: [], cpdRecords: [] };
}

export function auditorView(entity: AuditorEntity): AuditorView {
  return {
    id: entity.id,
    email: entity.email,
    name: entity.name,
    unit: entity.unit,
    competences: entity.competences,
    teamLeaderQualified: entity.teamLeaderQualified,
    ownWork: entity.ownWork,
    sectors: entity.sectors,
    languages: entity.languages,
    qualifications: entity.qualifications,
    evaluations: entity.evaluations,
    feedback: entity.feedback,
    cpdRecords: entity.cpdRecords,
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
  cpd: cpdStandingViewSchema,
});
export type AuditorDetailView = z.infer<typeof auditorDetailViewSchema>;

export function auditorDetailView(entity: AuditorEntity, audits: TeamMembership[], cpd: CpdStanding): AuditorDetailView {
  return { ...auditorView(entity), audits, cpd };
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
