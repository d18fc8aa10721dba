import { z } from 'zod';
import { AuditedWork, independenceConflict, OwnWork, ownWorkSchema } from './independence';
import { TeamRole } from './roles';
import { changeReason, languagesSchema, qualificationsSchema, sectorsSchema } from './auditor-profile';
import { email, shortText, text, uuid } from './schemas';

/** Knowledge the team must cover together for an ISMS audit (ISO/IEC 27007 7.2.3). */
export const ISMS_COMPETENCE_AREAS = [
  'audit-methods',
  'management-systems',
  'information-security-law',
  'threats-vulnerabilities-incidents',
  'isms-measurement',
  'assets-impact-continuity',
  'it-in-business',
  'information-security-risk-management',
  'team-management',
] as const;
export type CompetenceArea = (typeof ISMS_COMPETENCE_AREAS)[number];

export const auditorSchema = z.object({
  email,
  name: shortText,
  unit: shortText.optional(),
  competences: z.array(z.enum(ISMS_COMPETENCE_AREAS)).default([]),
  teamLeaderQualified: z.boolean().default(false),
  ownWork: z.array(ownWorkSchema()).default([]).describe('declared conflicts: work this auditor designed or operated'),
  sectors: sectorsSchema.default([]),
  languages: languagesSchema.default([]),
  qualifications: qualificationsSchema.default([]),
});

/**
 * PATCH /auditors/{id}: the profile fields that change, with the reason. Without the defaults of adding an auditor: a
 * field left out stays as it is. The e-mail is who the auditor is and does not change.
 */
export const auditorProfileChangeSchema = z
  .object({
    name: shortText.optional(),
    unit: shortText.nullable().optional().describe('null: no unit any more'),
    competences: z.array(z.enum(ISMS_COMPETENCE_AREAS)).optional(),
    teamLeaderQualified: z.boolean().optional(),
    ownWork: z.array(ownWorkSchema()).optional(),
    sectors: sectorsSchema.optional(),
    languages: languagesSchema.optional(),
    qualifications: qualificationsSchema.optional(),
    reason: changeReason,
  })
  .strict();
export type AuditorProfileChange = z.output<typeof auditorProfileChangeSchema>;

export const auditorEvaluationSchema = z.object({
  evaluatedBy: shortText,
  method: z.enum(['record-review', 'feedback', 'interview', 'observation', 'testing', 'post-audit-review']),
  criteria: z.array(shortText).min(1),
  result: text,
  gaps: z.array(text).default([]),
  note: text.optional(),
  auditId: uuid.optional().describe('the audit the evaluation is about; required when its team leader, not a programme manager, records it'),
});
export type AuditorEvaluationInput = z.output<typeof auditorEvaluationSchema>;

export interface TeamCheck {
  covered: CompetenceArea[];
  missing: CompetenceArea[];
  /** Members who may not audit this work: their own unit or their own work (see independence.ts). */
  independenceConflicts: string[];
  leaderQualified: boolean;
}

export interface TeamCandidate {
  email: string;
  role?: TeamRole;
  /** The units the member belongs to: declared on the team and recorded in the pool. */
  units: readonly (string | null | undefined)[];
  ownWork?: readonly OwnWork[];
  competences: readonly string[];
  teamLeaderQualified?: boolean;
  leader?: boolean;
}

/** Does the proposed team cover the ISMS competence areas, stay independent of the audited work, and have a qualified leader? */
export function checkTeam(members: readonly TeamCandidate[], audited: AuditedWork): TeamCheck {
  const covered = ISMS_COMPETENCE_AREAS.filter((area) => members.some((member) => member.competences.includes(area)));
  return {
    covered,
    missing: ISMS_COMPETENCE_AREAS.filter((area) => !covered.includes(area)),
    independenceConflicts: members.filter((member) => independenceConflict(member, audited)).map((member) => member.email),
    leaderQualified: members.some((member) => member.leader && member.teamLeaderQualified),
  };
}

/** Gaps of a team that the programme manager may accept only with a recorded justification (ISO 19011 5.5.4, 7.2.3). */
export const TEAM_GAPS = ['missingCompetence', 'leaderNotQualified', 'outsidePool'] as const;
export type TeamGap = (typeof TEAM_GAPS)[number];

export const teamGapJustificationSchema = z
  .object({
    missingCompetence: text.optional().describe('why the audit goes ahead although no member covers some ISMS competence areas'),
    leaderNotQualified: text.optional().describe('why the team leader leads although the pool does not record them as qualified'),
    outsidePool: text.optional().describe('why members whose competence the pool does not record are on the team'),
  })
  .describe("the programme manager's justification of gaps the team check found");
export type TeamGapJustification = z.output<typeof teamGapJustificationSchema>;

/** Each gap of the checked team, with what it is; a launch needs a justification for each. */
export function teamGaps(check: TeamCheck & { unknown: readonly string[] }): { gap: TeamGap; detail: string }[] {
  const gaps: { gap: TeamGap; detail: string }[] = [];
  if (check.missing.length > 0) gaps.push({ gap: 'missingCompetence', detail: `no member covers ${check.missing.join(', ')}` });
  if (!check.leaderQualified) gaps.push({ gap: 'leaderNotQualified', detail: 'the auditor pool does not record the team leader as qualified to lead' });
  if (check.unknown.length > 0) gaps.push({ gap: 'outsidePool', detail: `not in the auditor pool, so their competence is unknown: ${check.unknown.join(', ')}` });
  return gaps;
}
