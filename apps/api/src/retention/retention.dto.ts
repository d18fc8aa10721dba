import { z } from 'zod';

/** What a records decision answers: the shape of a step's answer, so clients show it like any step. */
export const retentionAnswerSchema = z.object({
  auditId: z.string(),
  phase: z.string(),
  events: z.array(z.object({ type: z.string(), summary: z.string(), subjectId: z.string() })),
});
