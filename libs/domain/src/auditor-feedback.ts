import { z } from 'zod';
import { text, uuid } from './schemas';

/**
 * The auditee's feedback on an auditor after an audit (ISO 19011 7.4: feedback is one of the evaluation methods):
 * given by the audit's auditee representative or manager, about a member of that audit's team.
 */
export const auditorFeedbackSchema = z.object({
  auditId: uuid.describe('the audit the auditor was on and the feedback is about'),
  rating: z.int().min(1).max(5).describe('1 (poor) to 5 (excellent)'),
  comment: text,
});
export type AuditorFeedbackInput = z.output<typeof auditorFeedbackSchema>;

/** Feedback as the profile keeps it: who gave it and when. */
export interface AuditorFeedback extends AuditorFeedbackInput {
  givenBy: string;
  givenAt: string;
}
