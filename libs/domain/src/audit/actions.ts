import { DEFAULT_ISMS_DOCUMENTS } from '../reference/isms-documents';
import { PayloadDraft, payloadsOnFirstUse } from '../payloads-on-first-use';
import { z } from 'zod';
import { extensionDecisionSchema, extensionRequestSchema, reassignmentSchema } from '../tasks/task-action-schemas';
import { AuditPhase } from '../phases';
import { auditTeamMemberSchema } from '../independence';
import { DISPUTE_OUTCOMES } from './state';
import { AuditRole } from '../roles';
import { attachedFiles } from '../files/attached-file';
import { deadlineDuration, email, findingGradeSchema, identifier, personSchema, scopeSchema, shortText, text, timestamp, timeZone } from '../schemas';

export interface ActionSpec<S extends z.ZodTypeAny = z.ZodTypeAny> {
  /** One line for the API docs and error messages. */
  summary: string;
  /** ISO 19011 clause the step implements. */
  clause: string;
  phases: readonly AuditPhase[];
  roles: readonly AuditRole[];
  payload: S;
}

const ACTIVE_PHASES: readonly AuditPhase[] = ['initiating', 'preparing', 'conducting', 'reporting', 'completing', 'following-up'];

/** Built inside the payloads that use them, so a workflow builds them only when taking such a step. */
const planContentSchema = () => z.object({
  objectives: z.array(shortText).min(1),
  scope: scopeSchema(),
  criteria: z.array(shortText).min(1),
  locations: z.array(shortText).min(1),
  fieldworkStart: timestamp,
  fieldworkEnd: timestamp,
  openingMeetingAt: timestamp,
  closingMeetingAt: timestamp,
  methods: z.array(shortText).min(1),
  sampling: text.optional(),
  roles: text.optional(),
  resources: text.optional(),
});

const meetingAttendeeSchema = () => personSchema().extend({ role: z.enum(['chair', 'required', 'optional']).default('required') });

/** Every human step of the audit lifecycle: who may take it, in which phase, with what data. */
export const AUDIT_ACTIONS = payloadsOnFirstUse({
  establishContact: {
    summary: 'Team leader records establishing contact with the auditee: channels used and the planning information requested',
    clause: '6.2.2',
    phases: ['initiating'],
    roles: ['team-leader'],
    payload: () => z.object({
      channels: z.array(shortText).min(1, { message: 'must name at least one communication channel' }),
      planningInformationRequested: z.array(shortText).min(1, { message: 'must name the information requested for planning' }),
      note: text.optional(),
    }),
  },
  acknowledgeContact: {
    summary: 'Auditee acknowledges the audit contact (objectives, scope, criteria, team) and may object to team members',
    clause: '6.2.2',
    phases: ['initiating'],
    roles: ['auditee-representative'],
    payload: () => z.object({
      channels: z.array(shortText).min(1, { message: 'must name at least one communication channel' }),
      confidentialityAgreed: z.boolean(),
      accessAndSafetyRules: text.optional(),
      authorityConfirmed: z.boolean().optional().describe("the auditee confirms the team's authority to conduct the audit (6.2.2 b)"),
      planningInformation: text.optional().describe('what the auditee gives for planning: risks, opportunities, areas of concern (6.2.2 d, j)'),
      observers: z.array(personSchema().extend({ organisation: shortText.optional() })).default([]).describe('observers agreed to accompany the team (6.2.2 i)'),
      guides: z.array(personSchema()).default([]).describe('guides the auditee provides to the team (6.2.2 i)'),
      note: text.optional(),
      objections: z.array(z.object({ memberEmail: email, reason: text })).default([]),
    }),
  },
  resolveObjection: {
    summary: 'Programme manager resolves an objection to a team member: replace the member or dismiss the objection',
    clause: '6.2.2',
    phases: ['initiating'],
    roles: ['programme-manager'],
    payload: () => z.object({
      memberEmail: email,
      outcome: z.enum(['replaced', 'dismissed']),
      note: text,
      replacement: auditTeamMemberSchema().optional(),
    }),
  },
  decideFeasibility: {
    summary: 'Team leader decides whether the audit is feasible; if not, proposes an alternative or cancels it',
    clause: '6.2.3',
    phases: ['initiating'],
    roles: ['team-leader'],
    payload: () => z.object({
      feasible: z.boolean(),
      reason: text,
      alternative: z
        .object({ plannedStart: timestamp.optional(), plannedEnd: timestamp.optional(), scope: scopeSchema().optional(), note: text })
        .optional(),
    }),
  },
  decideAlternative: {
    summary: 'Programme manager, for the audit client, accepts the proposed alternative or cancels the audit',
    clause: '6.2.3',
    phases: ['initiating'],
    roles: ['programme-manager'],
    payload: () => z.object({ accept: z.boolean(), note: text }),
  },
  cancelAudit: {
    summary: 'Cancel or terminate the audit with a reason (e.g. objectives unattainable)',
    clause: '6.4.4',
    phases: ['initiating', 'preparing', 'conducting'],
    roles: ['programme-manager', 'team-leader'],
    payload: () => z.object({ reason: text }),
  },
  requestDocuments: {
    summary: 'Request documents from the auditee (ISMS scope, policy, risk assessment, SoA ...) with a due date',
    clause: '6.3.1',
    phases: ['preparing'],
    roles: ['team-leader', 'auditor'],
    payload: () => z.object({
      documents: z
        .array(z.object({ name: shortText, description: text.optional() }))
        .min(1)
        .default(DEFAULT_ISMS_DOCUMENTS.map((document) => ({ ...document })))
        .describe('the documents asked for; the usual ISMS set when absent (ISMS scope, policy, risk assessment and treatment, SoA, treatment plan, previous audit and management review records)'),
      dueWithin: deadlineDuration
        .optional()
        .describe('how long the auditee has: ISO 8601 (P10D) or working days ("10 working days") counted on the audit\'s calendar; the documentsDueWithin setting when absent'),
    }),
  },
  supplyDocument: {
    summary: 'Auditee supplies a requested document',
    clause: '6.3.1',
    phases: ['preparing'],
    roles: ['auditee-representative'],
    payload: () => z.object({
      documentId: identifier,
      reference: shortText.optional().describe('where the document is (a path, a link, a document number); needed unless files are attached'),
      note: text.optional(),
      files: attachedFiles(),
    }),
  },
  recordDocumentReview: {
    summary: 'Record the result of the document review',
    clause: '6.3.1',
    phases: ['preparing'],
    roles: ['team-leader', 'auditor'],
    payload: () => z.object({ adequate: z.boolean(), concerns: z.array(text).default([]) }),
  },
  draftPlan: {
    summary: 'Team leader drafts (or revises) the audit plan',
    clause: '6.3.2',
    phases: ['preparing'],
    roles: ['team-leader'],
    payload: () => z.object({ content: planContentSchema() }),
  },
  presentPlan: {
    summary: 'Team leader presents the latest plan draft to the auditee',
    clause: '6.3.2',
    phases: ['preparing'],
    roles: ['team-leader'],
    payload: () => z.object({}),
  },
  answerPlan: {
    summary: 'Auditee accepts the presented plan or objects to it',
    clause: '6.3.2',
    phases: ['preparing'],
    roles: ['auditee-representative'],
    payload: () => z.object({ accepted: z.boolean(), objection: text.optional() }),
  },
  assignWork: {
    summary: 'Team leader assigns processes, sites or controls to auditors (nobody audits their own unit)',
    clause: '6.3.3',
    phases: ['preparing', 'conducting'],
    roles: ['team-leader'],
    payload: () => z.object({
      assignments: z
        .array(z.object({ auditor: email, area: shortText, unit: shortText.optional(), checklistItemIds: z.array(identifier).default([]) }))
        .min(1),
    }),
  },
  addChecklistItems: {
    summary: 'Add working-document checklist items, written or generated from ISO/IEC 27001:2022',
    clause: '6.3.4',
    phases: ['preparing', 'conducting'],
    roles: ['team-leader', 'auditor'],
    payload: () => z
      .object({
        items: z
          .array(
            z.object({
              clause: shortText,
              title: shortText.optional(),
              question: text,
              expectedEvidence: text,
              method: z.enum(['interview', 'observation', 'document', 'test']),
            }),
          )
          .default([]),
        generate: z
          .object({
            standard: z.literal('ISO/IEC 27001:2022'),
            clauses: z.array(shortText).optional(),
            controls: z.array(shortText).optional(),
            excludedControls: z
              .array(z.union([shortText, z.object({ control: shortText, justification: text })]))
              .optional()
              .describe('Annex A controls the Statement of Applicability excludes, each with its justification'),
          })
          .optional(),
      })
      .refine((value) => value.items.length > 0 || value.generate, { message: 'give items or generate', path: ['items'] }),
  },
  scheduleMeeting: {
    summary: 'Schedule the opening or closing meeting or an interview; attendees receive a calendar invitation',
    clause: '6.4.3',
    phases: ['preparing', 'conducting'],
    roles: ['team-leader'],
    payload: () => z.object({
      kind: z.enum(['opening', 'closing', 'interview']),
      title: shortText.optional(),
      startsAt: timestamp,
      endsAt: timestamp,
      timeZone: timeZone.default('UTC'),
      location: shortText,
      attendees: z.array(meetingAttendeeSchema()).default([]),
    }),
  },
  rescheduleMeeting: {
    summary: 'Move a scheduled meeting; attendees receive an updated invitation and dependent deadlines move',
    clause: '6.4.3',
    phases: ['preparing', 'conducting'],
    roles: ['team-leader'],
    payload: () => z.object({ meetingId: identifier, startsAt: timestamp, endsAt: timestamp, location: shortText.optional() }),
  },
  cancelMeeting: {
    summary: 'Call off a scheduled meeting; attendees receive a cancellation',
    clause: '6.4.3',
    phases: ['preparing', 'conducting'],
    roles: ['team-leader'],
    payload: () => z.object({ meetingId: identifier, reason: text }),
  },
  holdOpeningMeeting: {
    summary: 'Record the opening meeting (attendance, minutes); fieldwork starts',
    clause: '6.4.3',
    phases: ['preparing'],
    roles: ['team-leader'],
    payload: () => z.object({ attendance: z.array(email).min(1), minutes: text }),
  },
  recordEvidence: {
    summary: 'Record audit evidence against a checklist item',
    clause: '6.4.7',
    phases: ['conducting'],
    roles: ['team-leader', 'auditor', 'auditor-in-training'],
    payload: () => z.object({
      checklistItemId: identifier,
      kind: z.enum(['interview', 'observation', 'document', 'record', 'technical-test']),
      description: text,
      reference: shortText.optional(),
      sampling: text.optional(),
      authorisation: z.object({ authorisedBy: shortText, reference: shortText }).optional(),
      supervisor: email.optional().describe('for an auditor in training: the auditor or team leader who supervises this evidence and confirms it'),
      confidential: z.boolean().default(false).describe('shown only to the audit team and the programme manager; the issued report references it without showing it (6.4)'),
      files: attachedFiles(),
    }),
  },
  confirmEvidence: {
    summary: 'The supervising auditor confirms evidence recorded by an auditor in training',
    clause: '6.4.7',
    phases: ['conducting'],
    roles: ['team-leader', 'auditor'],
    payload: () => z.object({ evidenceId: identifier, note: text.optional() }),
  },
  recordFinding: {
    summary: 'Record a finding: criterion, evidence, statement and grade',
    clause: '6.4.8',
    phases: ['conducting'],
    roles: ['team-leader', 'auditor'],
    payload: () => z.object({
      grade: findingGradeSchema,
      criterion: shortText.describe("an ISO/IEC 27001:2022 clause (9.2) or Annex A control (A.8.15), or the id of one of the programme's own criteria"),
      statement: text,
      evidenceIds: z.array(identifier).default([]),
    }),
  },
  respondToFinding: {
    summary: 'Auditee acknowledges a nonconformity or disputes it (the disagreement is recorded)',
    clause: '6.4.8',
    phases: ['conducting'],
    roles: ['auditee-representative'],
    payload: () => z.object({ findingId: identifier, acknowledged: z.boolean(), disagreement: text.optional() }),
  },
  regradeFinding: {
    summary: 'Team leader raises a minor nonconformity to a major (repeated or unaddressed on one requirement), with the reason',
    clause: '6.4.8',
    phases: ['conducting'],
    roles: ['team-leader'],
    payload: () => z.object({ findingId: identifier, grade: z.literal('major-nonconformity'), reason: text }),
  },
  resolveDispute: {
    summary: "Team leader resolves the auditee's dispute of a nonconformity: upheld, regraded or withdrawn, with the reason",
    clause: '6.4.8',
    phases: ['conducting', 'reporting', 'completing'],
    roles: ['team-leader'],
    payload: () => z.object({ findingId: identifier, outcome: z.enum(DISPUTE_OUTCOMES), grade: findingGradeSchema.optional().describe('the new grade, when regraded'), reason: text }),
  },
  flagUrgentRisk: {
    summary: 'Report an immediate and significant risk to the auditee at once',
    clause: '6.4.4',
    phases: ['conducting'],
    roles: ['team-leader', 'auditor'],
    payload: () => z.object({ description: text }),
  },
  changeScope: {
    summary: 'Change scope or objectives when they become unattainable',
    clause: '6.4.4',
    phases: ['conducting'],
    roles: ['team-leader'],
    payload: () => z.object({ scope: scopeSchema(), objectives: z.array(shortText).min(1).optional(), reason: text }),
  },
  recordConclusions: {
    summary: 'Record the audit conclusions',
    clause: '6.4.9',
    phases: ['conducting'],
    roles: ['team-leader'],
    payload: () => z.object({ conformityDegree: text, effectiveness: text, objectivesMet: z.boolean(), trends: text.optional() }),
  },
  holdClosingMeeting: {
    summary: 'Record the closing meeting; the report period starts',
    clause: '6.4.10',
    phases: ['conducting'],
    roles: ['team-leader'],
    payload: () => z.object({
      attendance: z.array(email).min(1),
      minutes: text,
      divergingOpinions: z.array(text).default([]),
      followUpExpectations: text.optional(),
    }),
  },
  draftReport: {
    summary: 'Team leader drafts (or revises) the audit report',
    clause: '6.5',
    phases: ['reporting'],
    roles: ['team-leader'],
    payload: () => z.object({
      content: z.object({
        summary: text,
        obstacles: text.optional(),
        areasNotCovered: text.optional(),
        goodPractice: text.optional(),
        agreedActions: text.optional(),
        confidentialityStatement: text.optional(),
        samplingStatement: text.default('Audit evidence was gathered from a sample of the information available; the audit cannot cover everything.'),
      }),
    }),
  },
  reviewReport: {
    summary: 'Review the report draft',
    clause: '6.5',
    phases: ['reporting'],
    roles: ['programme-manager', 'auditor'],
    payload: () => z.object({ comments: text }),
  },
  approveReport: {
    summary: 'Team leader approves the reviewed report',
    clause: '6.5',
    phases: ['reporting'],
    roles: ['team-leader'],
    payload: () => z.object({}),
  },
  approveReportRecipients: {
    summary: "The audit client (programme manager) approves sending the report to people outside the audit and the programme's distribution list",
    clause: '6.5',
    phases: ['reporting'],
    roles: ['programme-manager'],
    payload: () => z.object({ recipients: z.array(email).min(1), reason: text }),
  },
  issueReport: {
    summary: 'Issue the approved report to named recipients; issuing late needs a recorded reason',
    clause: '6.5',
    phases: ['reporting'],
    roles: ['team-leader'],
    payload: () => z.object({ recipients: z.array(email).min(1), lateReason: text.optional() }),
  },
  completeAudit: {
    summary: 'Record retention of audit records and lessons learned; follow-up starts for nonconformities',
    clause: '6.6',
    phases: ['completing'],
    roles: ['team-leader'],
    payload: () => z.object({
      retention: z.enum(['retain', 'dispose']),
      retainUntil: timestamp.optional(),
      lessonsLearned: z.array(text).default([]),
    }),
  },
  requestExtension: {
    summary: 'The assignee of a task asks for a later due date',
    clause: '6.7',
    phases: ACTIVE_PHASES,
    roles: ['auditee-representative', 'auditee-manager', 'team-leader', 'auditor', 'auditor-in-training', 'programme-manager'],
    payload: extensionRequestSchema,
  },
  decideExtension: {
    summary: "Team leader (the programme manager for the team leader's tasks, the compliance lead for the programme manager's) approves or refuses an extension request",
    clause: '6.7',
    phases: ACTIVE_PHASES,
    roles: ['team-leader', 'programme-manager', 'compliance-lead'],
    payload: extensionDecisionSchema,
  },
  reassignTask: {
    summary: 'Give an open task to another person (a team member, or a delegate of the auditee)',
    clause: '5.5',
    phases: ACTIVE_PHASES,
    roles: ['team-leader', 'programme-manager'],
    payload: reassignmentSchema,
  },
} satisfies Record<string, PayloadDraft<ActionSpec>>);

export type AuditActionName = keyof typeof AUDIT_ACTIONS;
export type AuditActionPayload<A extends AuditActionName> = z.output<(typeof AUDIT_ACTIONS)[A]['payload']>;
export const AUDIT_ACTION_NAMES = Object.keys(AUDIT_ACTIONS) as AuditActionName[];
