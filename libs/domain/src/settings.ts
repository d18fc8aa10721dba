import { z } from 'zod';
import { workingCalendarSchema } from './calendar/working-calendar';
import { workingCalendarSettingsSchema } from './calendar/working-calendar-settings';
import { deadlineDuration as duration, email, isoDuration } from './schemas';
import { DEFAULT_DISPOSAL_NOTICE, DEFAULT_RECORD_RETENTION, recordRetentionSchema } from './retention/record-classes';

/** Who a rung of the escalation ladder writes to. `assignee-manager` is the auditee's manager for auditee tasks,
 * the team leader for auditors' tasks and the programme manager for the team leader's own tasks. */
export const ESCALATION_TARGETS = ['assignee', 'assignee-manager', 'team-leader', 'programme-manager', 'compliance-lead'] as const;
export type EscalationTarget = (typeof ESCALATION_TARGETS)[number];

export const escalationRungSchema = z.object({
  after: duration.describe('time after the due date at which this rung fires'),
  notify: z.array(z.enum(ESCALATION_TARGETS)).min(1),
  cc: z.array(z.enum(ESCALATION_TARGETS)).default([]),
});
export type EscalationRung = z.infer<typeof escalationRungSchema>;

const nonconformityDeadlines = z.object({
  plan: duration.describe('auditee submits correction, root cause and action plan within'),
  planReview: duration.describe('team leader accepts or returns the plan within'),
  implementation: duration.describe('auditee delivers implementation evidence within, after the plan is accepted'),
  verification: duration.describe('auditor verifies effectiveness within, after evidence arrives'),
  maxImplementation: duration
    .optional()
    .describe("the latest planned completion a reviewer may accept, counted from the acceptance; the auditee's plannedCompletion is then the implementation deadline"),
  recheckAfter: duration
    .optional()
    .describe('an action verified effective is checked again this long after (a scheduled re-check; absent: none)'),
});

/**
 * Per-programme settings (domain reference: every CONFIG value). Durations are ISO 8601 (so tests use seconds) or
 * whole working days, counted on the audit's working calendar in the zone of the person the task waits on.
 */
export const auditSettingsSchema = z.object({
  contactAcknowledgementWithin: duration,
  objectionResolutionWithin: duration,
  feasibilityDecisionWithin: duration,
  alternativeDecisionWithin: duration,
  documentsDueWithin: duration,
  documentReviewWithin: duration,
  planIssueWithin: duration,
  planDueBeforeFieldwork: duration.optional().describe('the audit plan is due at the latest this long before the planned start of fieldwork'),
  planAnswerWithin: duration,
  findingResponseWithin: duration,
  reportIssueWithin: duration.describe('report issued within this time after the closing meeting'),
  reportReviewWithin: duration,
  reportApprovalWithin: duration,
  completionWithin: duration,
  extensionDecisionWithin: duration,
  reminderLeadTimes: z.array(duration).max(5).describe('reminders this long before each due date'),
  escalationLadder: z.array(escalationRungSchema).min(1).max(6),
  pauseClockWhileExtensionPending: z.boolean(),
  meetingAttendanceIsAppointment: z
    .boolean()
    .optional()
    .describe('attending a meeting is an appointment (reminded before, never overdue or escalated); absent in audits launched before this rule, which keep their old clock'),
  traineeEvidenceSupervised: z
    .boolean()
    .optional()
    .describe('evidence recorded by an auditor in training names a supervising auditor, who confirms it before a finding cites it; absent in audits launched before this rule'),
  evidenceConfirmationWithin: duration.optional().describe('the supervisor confirms trainee evidence within this time'),
  reportDistributionList: z
    .array(email)
    .max(200)
    .optional()
    .describe("the programme's standing report recipients, besides the audit's own people; anyone else needs the audit client's approval"),
  reportRecipientsRestricted: z
    .boolean()
    .optional()
    .describe("a report goes only to the audit's people, the distribution list and recipients the audit client approved; absent in audits launched before this rule"),
  organisationCriteria: z
    .array(z.object({ id: z.string().trim().min(1).max(100), title: z.string().trim().min(1).max(500) }))
    .max(500)
    .optional()
    .describe("the organisation's own audit criteria (policies, contract clauses) a finding may cite by id, besides ISO/IEC 27001:2022"),
  criteriaFromReference: z
    .boolean()
    .optional()
    .describe("a finding cites a criterion from the reference data by id, and an SoA exclusion carries its justification; absent in audits launched before this rule"),
  disputesResolvedBeforeFollowUp: z
    .boolean()
    .optional()
    .describe('a disputed nonconformity must be resolved (upheld, regraded, withdrawn) before the audit completes and follow-ups start; absent in audits launched before this rule'),
  escalateOnHolidays: z
    .boolean()
    .optional()
    .describe('send reminders and escalations that fall on a weekend or holiday of the working calendar then, instead of at the start of the next working day'),
  workingCalendar: workingCalendarSchema()
    .optional()
    .describe("the auditee unit's working days, resolved at launch; absent when the programme has none, and in audits launched before, whose clock counts elapsed time only"),
  delegationIsPerTask: z
    .boolean()
    .optional()
    .describe(
      "a delegate of the auditee acts on the tasks given to them and the tasks that continue that work, nothing else; absent in audits launched before this rule, whose delegates act for the representative on the whole audit",
    ),
  plannedCompletionSetsImplementationDeadline: z
    .boolean()
    .optional()
    .describe("an accepted action plan's plannedCompletion (within the grade's maxImplementation) is the implementation deadline; absent in audits launched before this rule"),
  effectivenessChecksSchedulable: z
    .boolean()
    .optional()
    .describe('effectiveness may be verified later (on a date or at the next audit of the area) and re-checked after recheckAfter; absent in audits launched before this rule'),
  onlyAssignedVerifierVerifies: z
    .boolean()
    .optional()
    .describe("only the follow-up's verifier, or the team leader, verifies effectiveness; absent in audits launched before this rule, where any auditor of the team may"),
  programmeManagerExtensionsDecidedByComplianceLead: z
    .boolean()
    .optional()
    .describe("the compliance lead decides on extending a programme manager's own tasks; absent in audits launched before this rule, where the team leader does"),
  recordRetention: recordRetentionSchema().optional().describe('how long after the audit closes each class of its records is kept (6.6); absent in audits launched before, which keep the defaults'),
  disposalNoticeBefore: isoDuration.optional().describe('the compliance lead is told this long before records are disposed of'),
  nonconformityDeadlines: z.object({
    'major-nonconformity': nonconformityDeadlines,
    'minor-nonconformity': nonconformityDeadlines,
  }),
});
export type AuditSettings = z.infer<typeof auditSettingsSchema>;

export const DEFAULT_AUDIT_SETTINGS: AuditSettings = {
  contactAcknowledgementWithin: 'P5D',
  objectionResolutionWithin: 'P5D',
  feasibilityDecisionWithin: 'P5D',
  alternativeDecisionWithin: 'P10D',
  documentsDueWithin: 'P10D',
  documentReviewWithin: 'P7D',
  planIssueWithin: 'P14D',
  planDueBeforeFieldwork: 'P5D',
  planAnswerWithin: 'P5D',
  findingResponseWithin: 'P5D',
  reportIssueWithin: 'P14D',
  reportReviewWithin: 'P5D',
  reportApprovalWithin: 'P3D',
  completionWithin: 'P14D',
  extensionDecisionWithin: 'P3D',
  reminderLeadTimes: ['P7D', 'P1D'],
  escalationLadder: [
    { after: 'PT0S', notify: ['assignee'], cc: ['assignee-manager'] },
    { after: 'P7D', notify: ['programme-manager'], cc: [] },
    { after: 'P14D', notify: ['compliance-lead'], cc: [] },
  ],
  pauseClockWhileExtensionPending: true,
  meetingAttendanceIsAppointment: true,
  delegationIsPerTask: true,
  plannedCompletionSetsImplementationDeadline: true,
  effectivenessChecksSchedulable: true,
  onlyAssignedVerifierVerifies: true,
  programmeManagerExtensionsDecidedByComplianceLead: true,
  disputesResolvedBeforeFollowUp: true,
  criteriaFromReference: true,
  organisationCriteria: [],
  reportRecipientsRestricted: true,
  reportDistributionList: [],
  traineeEvidenceSupervised: true,
  evidenceConfirmationWithin: 'P2D',
  escalateOnHolidays: false,
  recordRetention: DEFAULT_RECORD_RETENTION,
  disposalNoticeBefore: DEFAULT_DISPOSAL_NOTICE,
  nonconformityDeadlines: {
    'major-nonconformity': { plan: 'P14D', planReview: 'P5D', implementation: 'P60D', verification: 'P14D', maxImplementation: 'P180D' },
    'minor-nonconformity': { plan: 'P30D', planReview: 'P10D', implementation: 'P90D', verification: 'P30D', maxImplementation: 'P365D' },
  },
};

/**
 * A programme's overrides: any subset, nested deadlines per grade included. Its working calendar says where the days
 * come from (country, zone, adjustments); the dates themselves are resolved when an audit is launched.
 */
export const auditSettingsOverridesSchema = auditSettingsSchema
  // Which rules an audit runs under is not a programme's choice: the flag records it for audits already running.
  .omit({ nonconformityDeadlines: true, meetingAttendanceIsAppointment: true, delegationIsPerTask: true, disputesResolvedBeforeFollowUp: true, plannedCompletionSetsImplementationDeadline: true, effectivenessChecksSchedulable: true, onlyAssignedVerifierVerifies: true, programmeManagerExtensionsDecidedByComplianceLead: true, traineeEvidenceSupervised: true, reportRecipientsRestricted: true, criteriaFromReference: true, workingCalendar: true })
  .partial()
  .extend({
    workingCalendar: workingCalendarSettingsSchema.optional(),
    recordRetention: recordRetentionSchema().partial().strict().optional(),
    nonconformityDeadlines: z
      .object({
        'major-nonconformity': nonconformityDeadlines.partial().strict().optional(),
        'minor-nonconformity': nonconformityDeadlines.partial().strict().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type AuditSettingsOverrides = z.infer<typeof auditSettingsOverridesSchema>;

/**
 * The settings an audit runs with: the overrides over `base`. The programme's working calendar is not resolved here
 * (that needs the holiday data, outside workflows): `launchSettings` of `@auditflow/domain/launch-calendar` does both.
 */
export function resolveSettings(overrides: AuditSettingsOverrides = {}, base: AuditSettings = DEFAULT_AUDIT_SETTINGS): AuditSettings {
  const { nonconformityDeadlines, workingCalendar: _calendarSource, recordRetention, ...flat } = overrides;
  return {
    ...base,
    ...defined(flat),
    ...(recordRetention ? { recordRetention: { ...(base.recordRetention ?? DEFAULT_RECORD_RETENTION), ...defined(recordRetention) } } : {}),
    nonconformityDeadlines: {
      'major-nonconformity': { ...base.nonconformityDeadlines['major-nonconformity'], ...defined(nonconformityDeadlines?.['major-nonconformity']) },
      'minor-nonconformity': { ...base.nonconformityDeadlines['minor-nonconformity'], ...defined(nonconformityDeadlines?.['minor-nonconformity']) },
    },
  };
}

/** The entries that are set: an override given as undefined keeps the base value. */
function defined<T extends object>(values: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(values ?? {}).filter(([, value]) => value !== undefined)) as Partial<T>;
}
