import type { AuditPhase } from '../phases';
import type { AuditRole } from '../roles';
import type { TaskKind } from '../tasks/task';
import { ActionSpec, AUDIT_ACTION_NAMES, AUDIT_ACTIONS, AuditActionName } from './actions';

export interface OpenStep {
  action: AuditActionName;
  /** The person's roles in which the step may be taken (the first is the default). */
  roles: AuditRole[];
}

/**
 * The steps a person holding `roles` in an audit may take while it is in `phase`: the role and phase checks that
 * authorizeAuditAction makes, asked ahead (what a step's payload must satisfy is still checked when it is taken).
 */
export function stepsOpenTo(roles: readonly AuditRole[], phase: AuditPhase): OpenStep[] {
  return AUDIT_ACTION_NAMES.flatMap((action) => {
    const spec: ActionSpec = AUDIT_ACTIONS[action];
    const allowed = spec.roles.filter((role) => roles.includes(role));
    return spec.phases.includes(phase) && allowed.length ? [{ action, roles: allowed }] : [];
  });
}

/** The step that does what a task waits for (a meeting's attendees have none: the team leader records it held). */
export const STEP_FOR_TASK: Partial<Record<TaskKind, AuditActionName>> = {
  'acknowledge-contact': 'acknowledgeContact',
  'resolve-objection': 'resolveObjection',
  'decide-feasibility': 'decideFeasibility',
  'decide-alternative': 'decideAlternative',
  'supply-documents': 'supplyDocument',
  'review-documents': 'recordDocumentReview',
  'issue-plan': 'presentPlan',
  'answer-plan': 'answerPlan',
  'respond-to-finding': 'respondToFinding',
  'confirm-evidence': 'confirmEvidence',
  'review-report': 'reviewReport',
  'approve-report': 'approveReport',
  'issue-report': 'issueReport',
  'complete-audit': 'completeAudit',
  'decide-extension': 'decideExtension',
};
