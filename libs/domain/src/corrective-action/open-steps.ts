import type { AuditRole } from '../roles';
import { FOLLOW_UP_ACTION_NAMES, FOLLOW_UP_ACTIONS, FollowUpActionName, FollowUpActionSpec } from './actions';
import type { TaskKind } from '../tasks/task';
import type { CorrectiveActionStatus } from './state';

export interface OpenFollowUpStep {
  action: FollowUpActionName;
  /** The person's roles in which the step may be taken (the first is the default). */
  roles: AuditRole[];
}

/**
 * The follow-up steps a person holding `roles` may take while the corrective action is `status`: the role and state
 * checks performFollowUpAction makes, asked ahead.
 */
export function followUpStepsOpenTo(roles: readonly AuditRole[], status: CorrectiveActionStatus): OpenFollowUpStep[] {
  return FOLLOW_UP_ACTION_NAMES.flatMap((action) => {
    const spec: FollowUpActionSpec = FOLLOW_UP_ACTIONS[action];
    const allowed = spec.roles.filter((role) => roles.includes(role));
    return spec.states.includes(status) && allowed.length ? [{ action, roles: allowed }] : [];
  });
}

/** The follow-up step that does what a follow-up task waits for. */
export const FOLLOW_UP_STEP_FOR_TASK: Partial<Record<TaskKind, FollowUpActionName>> = {
  'submit-action-plan': 'submitActionPlan',
  'review-action-plan': 'reviewActionPlan',
  'deliver-implementation-evidence': 'submitImplementationEvidence',
  'verify-effectiveness': 'verifyEffectiveness',
  'decide-extension': 'decideExtension',
};
