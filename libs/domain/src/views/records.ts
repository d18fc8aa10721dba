import { z } from 'zod';
import { FINDING_GRADES, NONCONFORMITY_GRADES } from '../grades';
import { CORRECTIVE_ACTION_STATES, DEFERRAL_KINDS } from '../corrective-action/state';
import { TEAM_ROLES } from '../roles';
import { DISPUTE_OUTCOMES } from '../audit/state';

// What the audit's records look like in the API's answers: the domain's own types (audit/state.ts,
// corrective-action/state.ts) as strict schemas, so the OpenAPI document, the web app's generated types and the
// contract tests share one definition. test/unit/domain/views.spec.ts checks that each schema describes exactly the
// domain type it is named after, so neither can change without the other.

const timestamp = z.string().describe('ISO 8601 timestamp');

export const personViewSchema = z.strictObject({ email: z.string(), name: z.string() });

export const ownWorkViewSchema = z.strictObject({ subject: z.string(), from: z.string().describe('date'), to: z.string().optional().describe('date; absent while ongoing'), note: z.string().optional() });

export const teamMemberViewSchema = personViewSchema.extend({
  role: z.enum(TEAM_ROLES),
  unit: z.string().optional().describe('the organisational unit the member belongs to: nobody audits their own unit'),
  ownWork: z.array(ownWorkViewSchema).optional().describe('declared conflicts: work the member designed or operated, which they may not audit'),
});

export const auditScopeViewSchema = z.strictObject({
  units: z.array(z.string()),
  sites: z.array(z.string()),
  processes: z.array(z.string()),
  period: z.string().optional(),
});

export const auditDefinitionViewSchema = z.strictObject({
  auditId: z.string(),
  programmeId: z.string(),
  title: z.string(),
  objectives: z.array(z.string()),
  scope: auditScopeViewSchema,
  criteria: z.array(z.string()),
  method: z.enum(['on-site', 'remote', 'blended']),
  plannedStart: timestamp,
  plannedEnd: timestamp,
  auditee: z.strictObject({ unit: z.string(), representative: personViewSchema, manager: personViewSchema }),
  team: z.array(teamMemberViewSchema),
  programmeManager: personViewSchema,
  complianceLead: personViewSchema,
  gapJustification: z
    .strictObject({ missingCompetence: z.string().optional(), leaderNotQualified: z.string().optional(), outsidePool: z.string().optional() })
    .optional()
    .describe("the programme manager's reasons for launching despite gaps the team check found"),
  programmeWindowId: z.string().optional().describe("the window of the programme's cycle plan the audit was launched in"),
});

export const teamObjectionViewSchema = z.strictObject({
  memberEmail: z.string(),
  reason: z.string(),
  raisedAt: timestamp,
  resolution: z
    .strictObject({ outcome: z.enum(['replaced', 'dismissed']), note: z.string(), replacement: z.string().optional(), by: z.string(), at: timestamp })
    .optional(),
});

export const contactRecordViewSchema = z.strictObject({
  acknowledgedBy: z.string(),
  acknowledgedAt: timestamp,
  channels: z.array(z.string()),
  confidentialityAgreed: z.boolean(),
  accessAndSafetyRules: z.string().optional(),
  authorityConfirmed: z.boolean().optional().describe("the auditee confirmed the team's authority to conduct the audit"),
  planningInformation: z.string().optional(),
  observers: z.array(personViewSchema.extend({ organisation: z.string().optional() })).optional().describe('observers agreed'),
  guides: z.array(personViewSchema).optional().describe('guides the auditee provides'),
  note: z.string().optional(),
});

export const contactEstablishedViewSchema = z.strictObject({
  by: z.string(),
  at: timestamp,
  channels: z.array(z.string()),
  planningInformationRequested: z.array(z.string()),
  note: z.string().optional(),
});

export const feasibilityDecisionViewSchema = z.strictObject({
  feasible: z.boolean(),
  reason: z.string(),
  decidedBy: z.string(),
  decidedAt: timestamp,
  alternative: z
    .strictObject({ plannedStart: timestamp.optional(), plannedEnd: timestamp.optional(), scope: auditScopeViewSchema.optional(), note: z.string() })
    .optional(),
  alternativeOutcome: z.strictObject({ accepted: z.boolean(), note: z.string(), by: z.string(), at: timestamp }).optional(),
});

export const attachedFileViewSchema = z.strictObject({
  id: z.string().describe('download with GET /audits/{id}/files/{fileId}'),
  name: z.string(),
  mediaType: z.string().describe('detected from the content at upload'),
  size: z.number().int().describe('bytes'),
  sha256: z.string().describe('taken at upload, recorded on the timeline and checked on every download'),
});

export const documentRequestViewSchema = z.strictObject({
  id: z.string(),
  taskId: z.string().describe('the supply task this request belongs to (one task per request batch)'),
  name: z.string(),
  description: z.string().optional(),
  requestedAt: timestamp,
  dueAt: timestamp,
  supplied: z
    .strictObject({ reference: z.string().optional(), note: z.string().optional(), by: z.string(), at: timestamp, files: z.array(attachedFileViewSchema).optional() })
    .optional(),
});

export const documentReviewViewSchema = z.strictObject({
  adequate: z.boolean(),
  concerns: z.array(z.string()),
  reviewedBy: z.string(),
  reviewedAt: timestamp,
});

export const planContentViewSchema = z.strictObject({
  objectives: z.array(z.string()),
  scope: auditScopeViewSchema,
  criteria: z.array(z.string()),
  locations: z.array(z.string()),
  fieldworkStart: timestamp,
  fieldworkEnd: timestamp,
  openingMeetingAt: timestamp,
  closingMeetingAt: timestamp,
  methods: z.array(z.string()),
  sampling: z.string().optional(),
  roles: z.string().optional(),
  resources: z.string().optional(),
});

export const planVersionViewSchema = z.strictObject({
  version: z.number().int(),
  content: planContentViewSchema,
  status: z.enum(['draft', 'presented', 'accepted', 'objected', 'superseded']),
  draftedBy: z.string(),
  draftedAt: timestamp,
  answer: z.strictObject({ accepted: z.boolean(), objection: z.string().optional(), by: z.string(), at: timestamp }).optional(),
});

export const workAssignmentViewSchema = z.strictObject({
  id: z.string(),
  auditor: z.string(),
  area: z.string(),
  unit: z.string().optional(),
  checklistItemIds: z.array(z.string()),
});

export const checklistItemViewSchema = z.strictObject({
  id: z.string(),
  key: z.string().optional().describe('stable key of the reference question it was generated from, if any'),
  standard: z.string(),
  clause: z.string(),
  title: z.string().optional(),
  question: z.string(),
  expectedEvidence: z.string(),
  method: z.enum(['interview', 'observation', 'document', 'test']),
});

export const evidenceViewSchema = z.strictObject({
  id: z.string(),
  checklistItemId: z.string(),
  kind: z.enum(['interview', 'observation', 'document', 'record', 'technical-test']),
  description: z.string(),
  reference: z.string().optional(),
  sampling: z.string().optional(),
  authorisation: z.strictObject({ authorisedBy: z.string(), reference: z.string() }).optional().describe('technical tests on live systems need recorded authorisation'),
  recordedBy: z.string(),
  recordedAt: timestamp,
  supervisor: z.string().optional().describe('for evidence of an auditor in training: the auditor who supervises and confirms it'),
  confirmation: z.strictObject({ by: z.string(), at: timestamp, note: z.string().optional() }).optional().describe('the supervisor confirmed it; until then no finding may cite it'),
  confidential: z.boolean().optional().describe('shown only to the team and the programme manager; others see that it exists, not what it says'),
  files: z.array(attachedFileViewSchema).optional(),
});

export const findingViewSchema = z.strictObject({
  id: z.string(),
  grade: z.enum(FINDING_GRADES),
  criterion: z.string(),
  statement: z.string(),
  evidenceIds: z.array(z.string()),
  recordedBy: z.string(),
  recordedAt: timestamp,
  response: z.strictObject({ acknowledged: z.boolean(), disagreement: z.string().optional(), by: z.string(), at: timestamp }).optional(),
  regrades: z
    .array(z.strictObject({ from: z.enum(FINDING_GRADES), to: z.enum(FINDING_GRADES), reason: z.string(), by: z.string(), at: timestamp }))
    .optional()
    .describe('each change of grade with its reason: a minor raised to a major, or a regrade that resolved a dispute'),
  disputeResolution: z
    .strictObject({ outcome: z.enum(DISPUTE_OUTCOMES), reason: z.string(), by: z.string(), at: timestamp })
    .optional()
    .describe("how the team leader resolved the auditee's dispute; a withdrawn finding is not followed up"),
});

export const meetingAttendeeViewSchema = personViewSchema.extend({ role: z.enum(['chair', 'required', 'optional']) });

export const meetingViewSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(['opening', 'closing', 'interview']),
  title: z.string(),
  startsAt: timestamp,
  endsAt: timestamp,
  timeZone: z.string(),
  location: z.string(),
  organizer: personViewSchema,
  attendees: z.array(meetingAttendeeViewSchema),
  sequence: z.number().int().describe('RFC 5545 SEQUENCE: raised on every change the attendees must see'),
  status: z.enum(['scheduled', 'held', 'cancelled']),
  held: z
    .strictObject({
      attendance: z.array(z.string()),
      minutes: z.string(),
      at: timestamp,
      divergingOpinions: z.array(z.string()).optional(),
      followUpExpectations: z.string().optional(),
    })
    .optional(),
});

export const conclusionsViewSchema = z.strictObject({
  conformityDegree: z.string(),
  effectiveness: z.string(),
  objectivesMet: z.boolean(),
  trends: z.string().optional(),
  recordedBy: z.string(),
  recordedAt: timestamp,
});

export const reportContentViewSchema = z.strictObject({
  summary: z.string(),
  obstacles: z.string().optional(),
  areasNotCovered: z.string().optional(),
  goodPractice: z.string().optional(),
  agreedActions: z.string().optional(),
  confidentialityStatement: z.string().optional(),
  samplingStatement: z.string().describe('the statement that the audit is based on a sample, always present in an issued report'),
});

export const reportVersionViewSchema = z.strictObject({
  version: z.number().int(),
  content: reportContentViewSchema,
  status: z.enum(['draft', 'reviewed', 'approved', 'issued', 'superseded']),
  draftedBy: z.string(),
  draftedAt: timestamp,
  review: z.strictObject({ comments: z.string(), by: z.string(), at: timestamp }).optional(),
  approval: z.strictObject({ by: z.string(), at: timestamp }).optional(),
  issue: z.strictObject({ recipients: z.array(z.string()), by: z.string(), at: timestamp, lateReason: z.string().optional() }).optional(),
});

export const completionViewSchema = z.strictObject({
  retention: z.enum(['retain', 'dispose']),
  retainUntil: timestamp.optional(),
  lessonsLearned: z.array(z.string()),
  completedBy: z.string(),
  completedAt: timestamp,
});

export const followUpViewSchema = z.strictObject({
  findingId: z.string(),
  workflowId: z.string(),
  state: z.enum(['open', 'closed']),
  closedAt: timestamp.optional(),
});

export const urgentRiskViewSchema = z.strictObject({ id: z.string(), description: z.string(), reportedBy: z.string(), reportedAt: timestamp });

export const scopeChangeViewSchema = z.strictObject({
  scope: auditScopeViewSchema,
  objectives: z.array(z.string()).optional(),
  reason: z.string(),
  by: z.string(),
  at: timestamp,
});

export const cancellationViewSchema = z.strictObject({ reason: z.string(), by: z.string(), at: timestamp });

export const actionPlanViewSchema = z.strictObject({
  round: z.number().int(),
  correction: z.string().optional(),
  rootCause: z.string(),
  actionPlan: z.string(),
  plannedCompletion: timestamp.optional(),
  submittedBy: z.string(),
  submittedAt: timestamp,
  review: z.strictObject({ accepted: z.boolean(), reason: z.string().optional(), by: z.string(), at: timestamp }).optional(),
});

export const implementationEvidenceViewSchema = z.strictObject({
  round: z.number().int(),
  description: z.string(),
  references: z.array(z.string()),
  submittedBy: z.string(),
  submittedAt: timestamp,
});

export const verificationViewSchema = z.strictObject({
  round: z.number().int(),
  effective: z.boolean(),
  note: z.string(),
  verifiedBy: z.string(),
  verifiedAt: timestamp,
  recheck: z.boolean().optional().describe('a scheduled re-check of an action verified effective before'),
});

export const verificationDeferralViewSchema = z.strictObject({
  round: z.number().int(),
  kind: z.enum(DEFERRAL_KINDS).describe('on-date: a timer opens the verification task on `until`; next-audit: verified at the next audit of `area`'),
  until: timestamp.optional(),
  area: z.string().optional().describe('the audited unit whose next audit verifies it'),
  note: z.string(),
  deferredBy: z.string(),
  deferredAt: timestamp,
});

/** A corrective action's progress as the read model records it (one row per nonconformity's follow-up workflow). */
export const correctiveActionViewSchema = z.strictObject({
  findingId: z.string(),
  workflowId: z.string(),
  grade: z.enum(NONCONFORMITY_GRADES),
  status: z.enum(CORRECTIVE_ACTION_STATES),
  round: z.number().int().describe('raised when an ineffective action is reopened'),
  openedAt: timestamp,
  closedAt: timestamp.optional(),
  nextDueAt: timestamp.optional().describe('the earliest due date among its active tasks'),
  plans: z.array(actionPlanViewSchema),
  evidence: z.array(implementationEvidenceViewSchema),
  verifications: z.array(verificationViewSchema),
  deferrals: z.array(verificationDeferralViewSchema).optional().describe('effectiveness checks put off, latest last'),
  recheckDueAt: timestamp.optional().describe('while recheck-scheduled: when the re-check task opens'),
  updatedAt: timestamp,
});
export type CorrectiveActionView = z.infer<typeof correctiveActionViewSchema>;
