import { Finding } from '../audit/state';
import { NonconformityGrade } from '../grades';
import { AuditSettings } from '../settings';
import { TaskHolder } from '../tasks/change';
import { TaskPeople } from '../tasks/people';

/**
 * `verification-deferred`: effectiveness is to be verified later (on a date, or at the next audit of the area);
 * `recheck-scheduled`: verified effective, checked again when the grade's recheckAfter has passed (the audit was told
 * it closed); `rechecking`: that re-check is due.
 */
export const CORRECTIVE_ACTION_STATES = [
  'awaiting-plan',
  'plan-submitted',
  'implementing',
  'evidence-submitted',
  'verification-deferred',
  'recheck-scheduled',
  'rechecking',
  'closed',
] as const;
export type CorrectiveActionStatus = (typeof CORRECTIVE_ACTION_STATES)[number];

export interface FollowUpPeople extends TaskPeople {
  auditeeRepresentative: string;
  /** Delegates for the whole follow-up: only follow-ups of audits launched before delegation became per task have any. */
  auditeeDelegates: string[];
  /**
   * The person the auditee's work on this finding was delegated to (the response to it, or a task of this follow-up):
   * the follow-up's auditee tasks go to them, and they act on those only. Absent: the representative.
   */
  auditeeDelegate?: string;
  /** The auditor who raised the finding verifies effectiveness, unless reassigned. */
  verifier: string;
  auditors: string[];
}

export interface CorrectiveActionInput {
  auditId: string;
  auditTitle: string;
  parentWorkflowId: string;
  finding: Finding & { grade: NonconformityGrade };
  people: FollowUpPeople;
  settings: AuditSettings;
  /** The audited unit: the area whose next audit a deferred check may wait for (absent in follow-ups started before). */
  auditeeUnit?: string;
}

export interface ActionPlan {
  round: number;
  correction?: string;
  rootCause: string;
  actionPlan: string;
  plannedCompletion?: string;
  submittedBy: string;
  submittedAt: string;
  review?: { accepted: boolean; reason?: string; by: string; at: string };
}

export interface ImplementationEvidence {
  round: number;
  description: string;
  references: string[];
  submittedBy: string;
  submittedAt: string;
}

export interface Verification {
  round: number;
  effective: boolean;
  note: string;
  verifiedBy: string;
  verifiedAt: string;
  /** A scheduled re-check of an action verified effective before. */
  recheck?: boolean;
}

export const DEFERRAL_KINDS = ['on-date', 'next-audit'] as const;
export type DeferralKind = (typeof DEFERRAL_KINDS)[number];

/** The verifier put the effectiveness check off: until a date (a durable timer opens it), or to the next audit of the area. */
export interface VerificationDeferral {
  round: number;
  kind: DeferralKind;
  /** With `on-date`: when the verification task opens. */
  until?: string;
  /** With `next-audit`: the area (audited unit) whose next audit verifies it. */
  area?: string;
  note: string;
  deferredBy: string;
  deferredAt: string;
}

export interface CorrectiveActionState extends TaskHolder {
  input: CorrectiveActionInput;
  status: CorrectiveActionStatus;
  /** Raised when an ineffective action is reopened. */
  round: number;
  openedAt: string;
  plans: ActionPlan[];
  evidence: ImplementationEvidence[];
  verifications: Verification[];
  /** Effectiveness checks put off, latest last (absent in follow-ups started before deferrals existed). */
  deferrals?: VerificationDeferral[];
  /** While `recheck-scheduled`: when the re-check task opens. */
  recheckDueAt?: string;
  closedAt?: string;
}
