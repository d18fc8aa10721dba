import { Finding } from '../audit/state';
import { NonconformityGrade } from '../grades';
import { AuditSettings } from '../settings';
import { TaskHolder } from '../tasks/change';
import { TaskPeople } from '../tasks/people';

export const CORRECTIVE_ACTION_STATES = ['awaiting-plan', 'plan-submitted', 'implementing', 'evidence-submitted', 'closed'] as const;
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
  closedAt?: string;
}
