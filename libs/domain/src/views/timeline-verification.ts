import { z } from 'zod';

/** GET /audits/{id}/timeline/verify and the command-line check over an export: the audit's hash chain recomputed. */
export const timelineVerificationSchema = z.strictObject({
  verified: z.boolean().describe('true when every hashed line matches its hash and the line before it in its chain'),
  events: z.number().int().describe('lines on the timeline'),
  beforeChain: z.number().int().describe('lines recorded before timelines were hash-chained: shown, not provable'),
  firstMismatch: z
    .strictObject({
      id: z.number().int().describe('the timeline line (row id)'),
      workflowId: z.string(),
      seq: z.number().int(),
      type: z.string(),
      reason: z.enum(['content', 'link', 'unhashed']).describe('content: changed after it was recorded; link: a line before it in its chain was removed, inserted or rehashed; unhashed: its hash was removed'),
      explanation: z.string(),
    })
    .optional()
    .describe('the first line (lowest id) that does not match; absent when verified'),
});
export type TimelineVerification = z.infer<typeof timelineVerificationSchema>;
