import { z } from 'zod';
import { calendarDate, shortText, text } from './schemas';

// What an auditor's profile holds besides competence areas and team-leader qualification (ISO 19011 7.2.2, 7.3; the
// programme picks teams by sector knowledge and language, 5.5.4): the sectors they know, the languages they audit in,
// and the qualifications they hold, each with the evidence that shows it.

/** A language the auditor can audit in, as a BCP 47 tag (en, de, pt-BR), so that teams can be matched on it. */
export const languageTag = z
  .string()
  .trim()
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { message: 'must be a language tag such as en, de or pt-BR' })
  .transform((value) => value.toLowerCase());

/** A qualification with its evidence (certificate, training record): ISO 19011 7.4 record review needs both. */
export const qualificationSchema = z
  .object({
    name: shortText.describe('e.g. ISO/IEC 27001 Lead Auditor'),
    issuer: shortText.describe('who awarded it'),
    obtainedAt: calendarDate,
    expiresAt: calendarDate.optional().describe('omitted when it does not expire'),
    evidenceRef: shortText.describe('where the evidence is: certificate number, file id or document reference'),
  })
  .refine((qualification) => !qualification.expiresAt || qualification.expiresAt >= qualification.obtainedAt, { path: ['expiresAt'], message: 'must not be before obtainedAt' });
export type Qualification = z.output<typeof qualificationSchema>;

export const sectorsSchema = z.array(shortText).describe('business sectors the auditor knows, e.g. banking, healthcare');
export const languagesSchema = z.array(languageTag).describe('languages the auditor audits in, as language tags');
export const qualificationsSchema = z.array(qualificationSchema);

/** Is the qualification expired on `today` (YYYY-MM-DD)? It holds through its expiry date. */
export function qualificationExpired(qualification: Pick<Qualification, 'expiresAt'>, today: string): boolean {
  return qualification.expiresAt !== undefined && qualification.expiresAt < today;
}

/** Why a profile change is made: kept with the change on the auditor's timeline. */
export const changeReason = text.describe('why the profile changes (recorded on the auditor timeline)');
