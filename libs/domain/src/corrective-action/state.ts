import { Finding } from '../audit/state';
import { NonconformityGrade } from '../grades';
import { AuditSettings } from '../settings';
import { TaskHolder } from '../tasks/change';
import { TaskPeople } from '../tasks/people';

export const CORRECTIVE_ACTION_STATES = ['awaiting-plan', 'plan-submitted', 'implementing', 'evidence-submitted', 'closed'] as const;
export type CorrectiveActionStatus = (typeof CORRECTIVE_ACTION_STATES)[number];

export interface FollowUpPeople extends TaskPeople {
  auditeeRepresentative: string;
  auditeeDelegates: string[];
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
