import { conflict, forbidden } from '../rejection';
import { Actor, roleLabel } from '../roles';
import { ActionSpec, AUDIT_ACTIONS, AuditActionName } from './actions';
import { rolesOf } from './people';
import { AuditState } from './state';

/** Checks role (403) then phase (409) for an action, with a message that says why. */
export function authorizeAuditAction(state: AuditState, action: AuditActionName, actor: Actor): void {
  const spec: ActionSpec = AUDIT_ACTIONS[action];
  if (!spec.roles.includes(actor.role)) {
    throw forbidden(`a ${roleLabel(actor.role)} may not ${action}; allowed: ${spec.roles.map(roleLabel).join(', ')}`);
  }
  if (!rolesOf(state, actor.email).includes(actor.role)) {
    throw forbidden(`${actor.email} is not the ${roleLabel(actor.role)} of audit ${state.definition.auditId}`);
  }
  if (!spec.phases.includes(state.phase)) {
    throw conflict(`${action} is not allowed while the audit is ${state.phase}; it is allowed in: ${spec.phases.join(', ')}`);
  }
}
