import { z } from 'zod';
import { email, shortText, text } from './schemas';

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
});

export const auditorEvaluationSchema = z.object({
  evaluatedBy: shortText,
  method: z.enum(['record-review', 'feedback', 'interview', 'observation', 'testing', 'post-audit-review']),
  criteria: z.array(shortText).min(1),
  result: text,
  gaps: z.array(text).default([]),
  note: text.optional(),
});

export interface TeamCheck {
  covered: CompetenceArea[];
  missing: CompetenceArea[];
  /** Members who belong to the audited unit. */
  independenceConflicts: string[];
  leaderQualified: boolean;
}

/** Does the proposed team cover the ISMS competence areas, stay independent of the auditee, and have a qualified leader? */
export function checkTeam(
  members: { email: string; unit?: string | null; competences: readonly string[]; teamLeaderQualified?: boolean; leader?: boolean }[],
  auditeeUnit: string,
): TeamCheck {
  const covered = ISMS_COMPETENCE_AREAS.filter((area) => members.some((member) => member.competences.includes(area)));
  return {
    covered,
    missing: ISMS_COMPETENCE_AREAS.filter((area) => !covered.includes(area)),
    independenceConflicts: members.filter((member) => member.unit === auditeeUnit).map((member) => member.email),
    leaderQualified: members.some((member) => member.leader && member.teamLeaderQualified),
  };
}
