import { TeamGapJustification } from '../competence';
import { OwnWork } from '../independence';
import { FindingGrade } from '../grades';
import { AuditPhase } from '../phases';
import { TeamRole } from '../roles';
import { AuditSettings } from '../settings';
import { Task } from '../tasks/task';
import type { AttachedFile } from '../files/attached-file';

export interface Person {
  email: string;
  name: string;
}

export interface TeamMember extends Person {
  role: TeamRole;
  /** The organisational unit the member belongs to: nobody audits their own unit. */
  unit?: string;
  /** Declared conflicts: work the member designed or operated (absent in audits launched before they were asked). */
  ownWork?: OwnWork[];
}

export interface AuditScope {
  units: string[];
  sites: string[];
  processes: string[];
  period?: string;
}

export type AuditMethod = 'on-site' | 'remote' | 'blended';

/** What the programme manager decides when launching an audit (ISO 19011 5.5). */
export interface AuditDefinition {
  auditId: string;
  programmeId: string;
  title: string;
  objectives: string[];
  scope: AuditScope;
  criteria: string[];
  method: AuditMethod;
  plannedStart: string;
  plannedEnd: string;
  auditee: { unit: string; representative: Person; manager: Person };
  team: TeamMember[];
  programmeManager: Person;
  complianceLead: Person;
  /** Why the audit goes ahead despite gaps the team check found (absent when there were none, and in older audits). */
  gapJustification?: TeamGapJustification;
  /** The window of the programme's cycle plan the audit was launched in; it reports what it audited there when it finishes. */
  programmeWindowId?: string;
}

export interface TeamObjection {
  memberEmail: string;
  reason: string;
  raisedAt: string;
  resolution?: { outcome: 'replaced' | 'dismissed'; note: string; replacement?: string; by: string; at: string };
}

export interface ContactRecord {
  acknowledgedBy: string;
  acknowledgedAt: string;
  channels: string[];
  confidentialityAgreed: boolean;
  accessAndSafetyRules?: string;
  authorityConfirmed?: boolean;
  planningInformation?: string;
  observers?: Observer[];
  guides?: Person[];
  note?: string;
}

/** Someone agreed to accompany the team without auditing (6.2.2 i). */
export interface Observer extends Person {
  organisation?: string;
}

/** The team leader's own act of establishing contact (6.2.2): how, and what they asked for to plan the audit. */
export interface ContactEstablished {
  by: string;
  at: string;
  channels: string[];
  planningInformationRequested: string[];
  note?: string;
}

export interface FeasibilityDecision {
  feasible: boolean;
  reason: string;
  decidedBy: string;
  decidedAt: string;
  alternative?: { plannedStart?: string; plannedEnd?: string; scope?: AuditScope; note: string };
  alternativeOutcome?: { accepted: boolean; note: string; by: string; at: string };
}

export interface DocumentRequest {
  id: string;
  /** The supply task this request belongs to (one task per request batch). */
  taskId: string;
  name: string;
  description?: string;
  requestedAt: string;
  dueAt: string;
  /** A reference, files, or both; each file with the SHA-256 taken at upload. */
  supplied?: { reference?: string; note?: string; by: string; at: string; files?: AttachedFile[] };
}

export interface DocumentReview {
  adequate: boolean;
  concerns: string[];
  reviewedBy: string;
  reviewedAt: string;
}

export interface PlanContent {
  objectives: string[];
  scope: AuditScope;
  criteria: string[];
  locations: string[];
  fieldworkStart: string;
  fieldworkEnd: string;
  openingMeetingAt: string;
  closingMeetingAt: string;
  methods: string[];
  sampling?: string;
  roles?: string;
  resources?: string;
}

export type PlanStatus = 'draft' | 'presented' | 'accepted' | 'objected' | 'superseded';

export interface PlanVersion {
  version: number;
  content: PlanContent;
  status: PlanStatus;
  draftedBy: string;
  draftedAt: string;
  answer?: { accepted: boolean; objection?: string; by: string; at: string };
}

export interface WorkAssignment {
  id: string;
  auditor: string;
  area: string;
  unit?: string;
  checklistItemIds: string[];
}

export type EvidenceMethod = 'interview' | 'observation' | 'document' | 'test';

export interface ChecklistItem {
  id: string;
  /** Stable key of the reference question it was generated from, if any. */
  key?: string;
  standard: string;
  clause: string;
  title?: string;
  question: string;
  expectedEvidence: string;
  method: EvidenceMethod;
}

export type EvidenceKind = 'interview' | 'observation' | 'document' | 'record' | 'technical-test';

export interface Evidence {
  id: string;
  checklistItemId: string;
  kind: EvidenceKind;
  description: string;
  reference?: string;
  sampling?: string;
  /** Technical tests on live systems need recorded authorisation. */
  authorisation?: { authorisedBy: string; reference: string };
  recordedBy: string;
  recordedAt: string;
  /** Evidence of an auditor in training names the auditor who supervises it (6.4.7)... */
  supervisor?: string;
  /** ...and counts once they confirmed it. */
  confirmation?: { by: string; at: string; note?: string };
  /** Shown only to the team and the programme manager (6.4); the issued report references it without showing it. */
  confidential?: boolean;
  files?: AttachedFile[];
}

export interface Finding {
  id: string;
  grade: FindingGrade;
  criterion: string;
  statement: string;
  evidenceIds: string[];
  recordedBy: string;
  recordedAt: string;
  response?: { acknowledged: boolean; disagreement?: string; by: string; at: string };
  /** Each change of grade, with its reason: a minor raised to a major, or a grade changed to resolve a dispute. */
  regrades?: FindingRegrade[];
  /** How the team leader resolved the auditee's dispute (6.4.8), before any follow-up starts. */
  disputeResolution?: DisputeResolution;
}

export interface FindingRegrade {
  from: FindingGrade;
  to: FindingGrade;
  reason: string;
  by: string;
  at: string;
}

export const DISPUTE_OUTCOMES = ['upheld', 'regraded', 'withdrawn'] as const;
export type DisputeOutcome = (typeof DISPUTE_OUTCOMES)[number];

export interface DisputeResolution {
  outcome: DisputeOutcome;
  reason: string;
  by: string;
  at: string;
}

export type MeetingKind = 'opening' | 'closing' | 'interview';

export interface MeetingAttendee extends Person {
  role: 'chair' | 'required' | 'optional';
}

export interface Meeting {
  id: string;
  kind: MeetingKind;
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  location: string;
  organizer: Person;
  attendees: MeetingAttendee[];
  /** RFC 5545 SEQUENCE: raised on every change the attendees must see. */
  sequence: number;
  status: 'scheduled' | 'held' | 'cancelled';
  held?: { attendance: string[]; minutes: string; at: string; divergingOpinions?: string[]; followUpExpectations?: string };
}

export interface Conclusions {
  conformityDegree: string;
  effectiveness: string;
  objectivesMet: boolean;
  trends?: string;
  recordedBy: string;
  recordedAt: string;
}

export type ReportStatus = 'draft' | 'reviewed' | 'approved' | 'issued' | 'superseded';

export interface ReportContent {
  summary: string;
  obstacles?: string;
  areasNotCovered?: string;
  goodPractice?: string;
  agreedActions?: string;
  confidentialityStatement?: string;
  /** The statement that the audit is based on a sample, always present in an issued report. */
  samplingStatement: string;
}

export interface ReportVersion {
  version: number;
  content: ReportContent;
  status: ReportStatus;
  draftedBy: string;
  draftedAt: string;
  review?: { comments: string; by: string; at: string };
  approval?: { by: string; at: string };
  issue?: { recipients: string[]; by: string; at: string; lateReason?: string };
}

export interface Completion {
  retention: 'retain' | 'dispose';
  retainUntil?: string;
  lessonsLearned: string[];
  completedBy: string;
  completedAt: string;
}

export type FollowUpState = 'open' | 'closed';

export interface FollowUp {
  findingId: string;
  workflowId: string;
  state: FollowUpState;
  closedAt?: string;
}

export interface UrgentRisk {
  id: string;
  description: string;
  reportedBy: string;
  reportedAt: string;
}

export interface ScopeChange {
  scope: AuditScope;
  objectives?: string[];
  reason: string;
  by: string;
  at: string;
}

/** Everything the audit workflow knows. Immutable: each action returns a new state, unchanged parts shared. */
export interface AuditState {
  definition: AuditDefinition;
  settings: AuditSettings;
  phase: AuditPhase;
  createdAt: string;
  /** Next number per id prefix (T-1, D-1, F-1 ...), so ids are short, readable and deterministic. */
  counters: Record<string, number>;
  team: TeamMember[];
  /**
   * People who act for the representative on the whole audit: only audits launched before delegation became per task
   * (settings.delegationIsPerTask) have any. Since then a delegate is given tasks, and acts on those only.
   */
  auditeeDelegates: string[];
  objections: TeamObjection[];
  contact?: ContactRecord;
  contactEstablished?: ContactEstablished;
  feasibility?: FeasibilityDecision;
  documents: DocumentRequest[];
  documentReview?: DocumentReview;
  plans: PlanVersion[];
  assignments: WorkAssignment[];
  checklist: ChecklistItem[];
  meetings: Meeting[];
  evidence: Evidence[];
  findings: Finding[];
  urgentRisks: UrgentRisk[];
  scopeChanges: ScopeChange[];
  /** Report recipients outside the audit's people and the distribution list, approved by the audit client (6.5). */
  approvedReportRecipients?: { recipients: string[]; reason: string; by: string; at: string }[];
  conclusions?: Conclusions;
  reportDueAt?: string;
  reports: ReportVersion[];
  completion?: Completion;
  followUps: FollowUp[];
  tasks: Task[];
  cancellation?: { reason: string; by: string; at: string };
}
