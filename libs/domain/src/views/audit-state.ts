import { z } from 'zod';
import { AUDIT_ROLES } from '../roles';
import { workingCalendarSchema } from '../calendar/working-calendar';
import { ESCALATION_TARGETS } from '../settings';
import { TASK_KINDS, TASK_STATES } from '../tasks/task';
import { auditHeaderFields } from './audit-detail';
import {
  checklistItemViewSchema,
  documentRequestViewSchema,
  evidenceViewSchema,
  findingViewSchema,
  followUpViewSchema,
  meetingViewSchema,
  planVersionViewSchema,
  reportVersionViewSchema,
  teamMemberViewSchema,
  workAssignmentViewSchema,
} from './records';
import { extensionRequestViewSchema } from './tasks';

const timestamp = z.string().describe('ISO 8601 timestamp');
const duration = z.string().describe('ISO 8601 duration, or whole working days such as "10 working days"');

const nonconformityDeadlinesViewSchema = z.strictObject({
  plan: duration,
  planReview: duration,
  implementation: duration,
  verification: duration,
  maxImplementation: duration.optional().describe('the latest planned completion a reviewer may accept, counted from the acceptance'),
  recheckAfter: duration.optional().describe('an action verified effective is checked again this long after'),
});

/** The settings an audit runs with (AuditSettings: the programme's overrides resolved over the defaults). */
export const auditSettingsViewSchema = z.strictObject({
  contactAcknowledgementWithin: duration,
  objectionResolutionWithin: duration,
  feasibilityDecisionWithin: duration,
  alternativeDecisionWithin: duration,
  documentsDueWithin: duration,
  documentReviewWithin: duration,
  planIssueWithin: duration,
  planDueBeforeFieldwork: duration.optional(),
  planAnswerWithin: duration,
  findingResponseWithin: duration,
  reportIssueWithin: duration,
  reportReviewWithin: duration,
  reportApprovalWithin: duration,
  completionWithin: duration,
  extensionDecisionWithin: duration,
  reminderLeadTimes: z.array(duration),
  escalationLadder: z.array(z.strictObject({ after: duration, notify: z.array(z.enum(ESCALATION_TARGETS)), cc: z.array(z.enum(ESCALATION_TARGETS)) })),
  pauseClockWhileExtensionPending: z.boolean(),
  meetingAttendanceIsAppointment: z.boolean().optional(),
  disputesResolvedBeforeFollowUp: z.boolean().optional(),
  organisationCriteria: z.array(z.strictObject({ id: z.string(), title: z.string() })).optional(),
  criteriaFromReference: z.boolean().optional(),
  reportDistributionList: z.array(z.string()).optional(),
  reportRecipientsRestricted: z.boolean().optional(),
  traineeEvidenceSupervised: z.boolean().optional(),
  evidenceConfirmationWithin: duration.optional(),
  escalateOnHolidays: z.boolean().optional().describe('reminders and escalations are sent on non-working days too'),
  workingCalendar: workingCalendarSchema().optional().describe('the working days deadlines in working days count on, resolved at launch'),
  delegationIsPerTask: z.boolean().optional(),
  plannedCompletionSetsImplementationDeadline: z.boolean().optional(),
  effectivenessChecksSchedulable: z.boolean().optional(),
  onlyAssignedVerifierVerifies: z.boolean().optional(),
  programmeManagerExtensionsDecidedByComplianceLead: z.boolean().optional(),
  recordRetention: z
    .strictObject({ 'working-evidence': duration, 'supplied-document': duration, 'issued-report': duration, timeline: duration })
    .optional()
    .describe('how long after the audit closes each class of its records is kept (6.6)'),
  disposalNoticeBefore: duration.optional().describe('the compliance lead is told this long before records are disposed of'),
  nonconformityDeadlines: z.strictObject({ 'major-nonconformity': nonconformityDeadlinesViewSchema, 'minor-nonconformity': nonconformityDeadlinesViewSchema }),
});

/** A task as the workflow holds it, with its clock's bookkeeping (Task). */
export const workflowTaskViewSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(TASK_KINDS),
  title: z.string(),
  assignee: z.string(),
  role: z.enum(AUDIT_ROLES),
  subjectId: z.string().optional(),
  createdAt: timestamp,
  dueAt: timestamp,
  dueVersion: z.number().int(),
  armedAt: timestamp.describe('when the current due date was set'),
  state: z.enum(TASK_STATES),
  escalationLevel: z.number().int(),
  remindersSent: z.array(z.string()).describe('reminder keys already sent (dueVersion:leadTime)'),
  extension: extensionRequestViewSchema.optional(),
  closedAt: timestamp.optional(),
});

/** GET /audits/{id}/live-state: everything the audit's workflow knows (AuditState), working papers included. */
export const auditStateViewSchema = z.strictObject({
  ...auditHeaderFields,
  settings: auditSettingsViewSchema,
  counters: z.record(z.string(), z.number().int()).describe('next number per id prefix (T-1, D-1, F-1 ...)'),
  team: z.array(teamMemberViewSchema),
  documents: z.array(documentRequestViewSchema),
  plans: z.array(planVersionViewSchema),
  assignments: z.array(workAssignmentViewSchema),
  checklist: z.array(checklistItemViewSchema),
  meetings: z.array(meetingViewSchema),
  evidence: z.array(evidenceViewSchema),
  findings: z.array(findingViewSchema),
  reports: z.array(reportVersionViewSchema),
  followUps: z.array(followUpViewSchema),
  tasks: z.array(workflowTaskViewSchema),
});
export type AuditStateView = z.infer<typeof auditStateViewSchema>;
