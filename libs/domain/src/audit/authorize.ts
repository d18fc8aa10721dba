import { conflict, forbidden } from '../rejection';
import { Actor, roleLabel } from '../roles';
import { auditeeTasksHeldBy, holdsTaskOfStep, notTheirTaskMessage } from '../tasks/delegation';
import { ActionSpec, AUDIT_ACTIONS, AuditActionName } from './actions';
import { rolesOf } from './people';
import { AuditState } from './state';
import { tasksOfAuditStep } from './step-tasks';

/**
 * Checks role (403) then phase (409) for an action, with a message that says why. Someone who does not hold the role
 * in the audit may still take the step of an auditee task given to them (a delegate); `payload` names that task.
 */
export function authorizeAuditAction(state: AuditState, action: AuditActionName, actor: Actor, payload?: unknown): void {
  const spec: ActionSpec = AUDIT_ACTIONS[action];
  if (!spec.roles.includes(actor.role)) {
    throw forbidden(`a ${roleLabel(actor.role)} may not ${action}; allowed: ${spec.roles.map(roleLabel).join(', ')}`);
  }
  if (!rolesOf(state, actor.email).includes(actor.role) && !holdsTaskOfStep(tasksOfAuditStep(state, action, payload), actor)) {
    const held = auditeeTasksHeldBy(state.tasks, actor.email);
    throw forbidden(notTheirTaskMessage(actor, `${roleLabel(actor.role)} of audit ${state.definition.auditId}`, held, action));
  }
  if (!spec.phases.includes(state.phase)) {
    throw conflict(`${action} is not allowed while the audit is ${state.phase}; it is allowed in: ${spec.phases.join(', ')}`);
  }
}
