import { z } from 'zod';
import { AUDIT_PHASES } from '../phases';

const timestamp = z.string().describe('ISO 8601 timestamp');

/** What lists show of an audit (see ./tasks.ts for why these are schemas). */
export const auditSummarySchema = z.strictObject({
  id: z.string(),
  workflowId: z.string(),
  programmeId: z.string(),
  title: z.string(),
  phase: z.enum(AUDIT_PHASES),
  auditeeUnit: z.string(),
  auditeeRepresentativeEmail: z.string(),
  auditeeManagerEmail: z.string(),
  programmeManagerEmail: z.string(),
  complianceLeadEmail: z.string(),
  plannedStart: timestamp,
  plannedEnd: timestamp,
  reportDueAt: timestamp.optional(),
  nextDueAt: timestamp.optional().describe("the earliest due date among the audit's active tasks"),
  cancellationReason: z.string().optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
  activeTaskCount: z.number().int().describe('open or overdue tasks'),
  overdueTaskCount: z.number().int().describe('active tasks whose due date has passed'),
});
export type AuditSummary = z.infer<typeof auditSummarySchema>;
