import { z } from 'zod';
import { AUDIT_PHASES } from '../phases';
import { AUDIT_ROLES, SIGN_IN_METHODS } from '../roles';
import { auditSummarySchema } from './audits';
import { pageSchema } from './page';
import {
  auditDefinitionViewSchema,
  cancellationViewSchema,
  checklistItemViewSchema,
  completionViewSchema,
  conclusionsViewSchema,
  contactEstablishedViewSchema,
  contactRecordViewSchema,
  correctiveActionViewSchema,
  documentRequestViewSchema,
  documentReviewViewSchema,
  evidenceViewSchema,
  feasibilityDecisionViewSchema,
  findingViewSchema,
  followUpViewSchema,
  meetingViewSchema,
  planVersionViewSchema,
  reportVersionViewSchema,
  scopeChangeViewSchema,
  teamMemberViewSchema,
  teamObjectionViewSchema,
  urgentRiskViewSchema,
  workAssignmentViewSchema,
} from './records';
import { taskViewSchema } from './tasks';

const timestamp = z.string().describe('ISO 8601 timestamp');

export const actorViewSchema = z.strictObject({
  email: z.string(),
  role: z.enum(AUDIT_ROLES),
  personId: z.string().optional().describe("the person's directory id"),
  via: z.enum(SIGN_IN_METHODS).optional().describe('how they signed in'),
});

/** One line of an audit's timeline, from the audit workflow, one of its corrective actions, or a side event. */
export const timelineEntrySchema = z.strictObject({
  id: z.number().int(),
  workflowId: z.string(),
  seq: z.number().int(),
  type: z.string(),
  summary: z.string(),
  phase: z.enum(AUDIT_PHASES),
  actor: actorViewSchema.optional(),
  subjectId: z.string().optional(),
  data: z.record(z.string(), z.unknown()).optional(),
  occurredAt: timestamp,
  recordedAt: timestamp,
  prevHash: z.string().optional().describe('SHA-256 of the line before it in its chain (absent on the first and on lines from before the chain)'),
  hash: z.string().optional().describe('SHA-256 of its content and prevHash (absent on lines from before the chain); see GET /audits/{id}/timeline/verify'),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

/** The orders an audit's timeline is read in a page at a time: the web app shows the newest first. */
export const TIMELINE_ORDERS = ['newest-first', 'oldest-first'] as const;
export type TimelineOrder = (typeof TIMELINE_ORDERS)[number];

/** GET /audits/{id}/timeline: a page of the lines the reader may see, and how many there are. */
export const timelinePageSchema = pageSchema(timelineEntrySchema);
export type TimelinePage = z.infer<typeof timelinePageSchema>;

/** The audit-level fields of the workflow's state that are not collections (shared by the header and the live state). */
export const auditHeaderFields = {
  definition: auditDefinitionViewSchema,
  phase: z.enum(AUDIT_PHASES),
  createdAt: timestamp,
  auditeeDelegates: z
    .array(z.string())
    .describe('people who act for the auditee representative on the whole audit: only audits launched before delegation became per task have any'),
  objections: z.array(teamObjectionViewSchema),
  contact: contactRecordViewSchema.optional(),
  contactEstablished: contactEstablishedViewSchema.optional().describe("the team leader's record of establishing contact"),
  feasibility: feasibilityDecisionViewSchema.optional(),
  documentReview: documentReviewViewSchema.optional(),
  urgentRisks: z.array(urgentRiskViewSchema),
  scopeChanges: z.array(scopeChangeViewSchema),
  approvedReportRecipients: z
    .array(z.strictObject({ recipients: z.array(z.string()), reason: z.string(), by: z.string(), at: z.string().describe('ISO 8601 timestamp') }))
    .optional()
    .describe("report recipients outside the audit's people and the distribution list, approved by the audit client"),
  conclusions: conclusionsViewSchema.optional(),
  reportDueAt: timestamp.optional(),
  completion: completionViewSchema.optional(),
  cancellation: cancellationViewSchema.optional(),
};

/** The audit-level record the projection keeps (AuditHeader): everything of the state but collections, counters and settings. */
export const auditHeaderViewSchema = z.strictObject({ ...auditHeaderFields, nextDueAt: timestamp.optional() });

/** What lists show of an audit, with the definition it was launched with and its whole header. */
export const auditRecordSchema = auditSummarySchema.extend({ definition: auditDefinitionViewSchema, header: auditHeaderViewSchema });
export type AuditRecord = z.infer<typeof auditRecordSchema>;

/** A minor nonconformity whose criterion has had REPEATED_MINORS_PROPOSE_MAJOR or more minors in the programme. */
export const regradeProposalSchema = z.strictObject({
  findingId: z.string(),
  criterion: z.string(),
  minors: z.number().int().describe('minor nonconformities on this criterion in the programme, this one included'),
  findings: z.array(z.strictObject({ auditId: z.string(), findingId: z.string() })).describe('those minors, oldest first'),
});
export type RegradeProposal = z.infer<typeof regradeProposalSchema>;

/** Everything a detail page shows about one audit, as of one committed workflow step. */
export const auditDetailSchema = z.strictObject({
  audit: auditRecordSchema,
  team: z.array(teamMemberViewSchema),
  openTasks: z.array(taskViewSchema).describe('open and overdue tasks of the audit and its corrective actions, soonest due first'),
  documents: z.array(documentRequestViewSchema),
  plans: z.array(planVersionViewSchema),
  assignments: z.array(workAssignmentViewSchema),
  checklist: z.array(checklistItemViewSchema),
  evidence: z.array(evidenceViewSchema),
  findings: z.array(findingViewSchema),
  regradeProposals: z.array(regradeProposalSchema).describe('minor nonconformities of this audit that the system proposes raising to a major (6.4.8); the team leader decides'),
  meetings: z.array(meetingViewSchema),
  reports: z.array(reportVersionViewSchema),
  followUps: z.array(followUpViewSchema).describe("the audit's own list of follow-ups (which nonconformities, open or closed)"),
  correctiveActions: z.array(correctiveActionViewSchema).describe('progress of each corrective-action workflow'),
  timeline: z.array(timelineEntrySchema),
});
export type AuditDetail = z.infer<typeof auditDetailSchema>;

/** The detail without its timeline: what GET /audits/{id} reads (the timeline is paged, GET /audits/{id}/timeline). */
export const auditDetailWithoutTimelineSchema = auditDetailSchema.omit({ timeline: true });
export type AuditDetailWithoutTimeline = z.infer<typeof auditDetailWithoutTimelineSchema>;

/**
 * GET /audits/{id}: the audit without its timeline, as the reader may see it (the auditee side gets no working
 * papers: empty evidence, assignments, and checklist before the opening meeting; presented plans and issued reports
 * only), and the roles the reader holds in the audit, which the web app asks stepsOpenTo about. Its timeline is read
 * a page at a time (GET /audits/{id}/timeline): a closed audit has hundreds of lines, most of the answer otherwise.
 */
export const auditDetailAnswerSchema = auditDetailWithoutTimelineSchema.extend({
  yourRoles: z.array(z.enum(AUDIT_ROLES)).describe('your roles in this audit'),
});
export type AuditDetailAnswer = z.infer<typeof auditDetailAnswerSchema>;
