import { z } from 'zod';
import { onFirstUse } from '../on-first-use';
import { text, timestamp } from '../schemas';

/** When the effectiveness check is made: now, on a date (a timer opens the task then), or at the next audit of the area. */
export const VERIFICATION_TIMINGS = ['now', 'on-date', 'next-audit'] as const;
export type VerificationTiming = (typeof VERIFICATION_TIMINGS)[number];

/**
 * The verify step's choice. A payload without `when` verifies now, as every payload did before deferrals, so recorded
 * steps read the same.
 */
export const verifyEffectivenessSchema = onFirstUse(() =>
  z.object({
    when: z.enum(VERIFICATION_TIMINGS).default('now').describe('verify now, or defer the check: to deferUntil ("on-date") or to the next audit of the same area ("next-audit")'),
    effective: z.boolean().optional().describe('the outcome of a check made now (required then); a deferred check has none yet'),
    deferUntil: timestamp.optional().describe('with "on-date": when the check is due; the verification task opens then'),
    note: text,
  }),
);
export type VerifyEffectivenessPayload = z.output<ReturnType<typeof verifyEffectivenessSchema>>;
