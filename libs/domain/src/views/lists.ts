import { z } from 'zod';
import { correctiveActionViewSchema, findingViewSchema, personViewSchema } from './records';
import { pageSchema } from './page';
import { taskListItemSchema } from './tasks';

// The answers of the lists across audits: findings (programme monitoring, 5.6), corrective actions (follow-up
// tracking, 6.7) and overdue work per compliance lead (the daily digest).

const auditColumns = {
  auditId: z.string(),
  auditTitle: z.string(),
  programmeId: z.string(),
  auditeeUnit: z.string(),
};

/** A finding with the audit it came from. */
export const findingListItemSchema = findingViewSchema.extend(auditColumns);
export type FindingListItem = z.infer<typeof findingListItemSchema>;

/** A corrective action with its audit, how old it is and how far its escalation has gone. */
export const correctiveActionListItemSchema = correctiveActionViewSchema.extend({
  ...auditColumns,
  complianceLeadEmail: z.string(),
  ageDays: z.number().int().describe('whole days since it was opened (until it closed, for a closed one), at the moment of the query'),
  escalationLevel: z.number().int().describe('the highest escalation rung fired among its active tasks (0: none)'),
  overdue: z.boolean().describe('not closed and past the due date of its current step at the moment of the query'),
});
export type CorrectiveActionListItem = z.infer<typeof correctiveActionListItemSchema>;

/** Where the ageing of corrective actions is cut, in days: under 30, 30–59, 60–89, 90 and more. */
export const CORRECTIVE_ACTION_AGE_BOUNDS = [30, 60, 90] as const;

export const ageingBucketSchema = z.strictObject({
  fromDays: z.number().int().describe('age of the youngest action in the bucket, in whole days'),
  untilDays: z.number().int().optional().describe('age at which the next bucket starts; absent for the oldest bucket'),
  major: z.number().int().describe('major nonconformities of this age'),
  minor: z.number().int().describe('minor nonconformities of this age'),
});
export type AgeingBucket = z.infer<typeof ageingBucketSchema>;

/** GET /corrective-actions: a page of the matching actions, and the ageing of all of them (not just the page). */
export const correctiveActionPageSchema = pageSchema(correctiveActionListItemSchema).extend({
  ageing: z.array(ageingBucketSchema).describe(`every matching action by age (buckets cut at ${CORRECTIVE_ACTION_AGE_BOUNDS.join(', ')} days) and grade`),
});
export type CorrectiveActionPage = z.infer<typeof correctiveActionPageSchema>;

/** What one compliance lead's daily digest lists: every overdue task across the audits they track, longest overdue first. */
export const overdueDigestSchema = z.strictObject({
  complianceLead: personViewSchema,
  tasks: z.array(taskListItemSchema),
});
export type OverdueDigest = z.infer<typeof overdueDigestSchema>;
