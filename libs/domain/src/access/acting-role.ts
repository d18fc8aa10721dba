import { forbidden, malformed } from '../rejection';
import { AUDIT_ROLES, AuditRole, roleLabel } from '../roles';

/** The request header in which a person who holds several roles in an audit names the one they act in. */
export const ACTING_ROLE_HEADER = 'x-audit-role';

/**
 * The role a person acts in for a step: the one named in the request, else the only role they hold in the audit
 * that may take the step. Holding none that may is a 403; holding several without naming one, or naming no role at all, is a 400.
 */
export function actingRole(held: readonly AuditRole[], allowed: readonly AuditRole[], requested: string | undefined, step: string): AuditRole {
  if (requested !== undefined) {
    if (!(AUDIT_ROLES as readonly string[]).includes(requested)) throw malformed(`header.${ACTING_ROLE_HEADER}`, `must be one of ${AUDIT_ROLES.join(', ')}`);
    const role = requested as AuditRole;
    if (!held.includes(role)) throw forbidden(`you are not the ${roleLabel(role)} of this audit`);
    return role;
  }
  const candidates = held.filter((role) => allowed.includes(role));
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length === 0) {
    const yours = held.length ? `you are ${held.map(roleLabel).join(', ')}` : 'you hold no role in this audit';
    throw forbidden(`${yours}; ${step} is taken by: ${allowed.map(roleLabel).join(', ')}`);
  }
  throw malformed(`header.${ACTING_ROLE_HEADER}`, `you hold several roles that may ${step} (${candidates.join(', ')}): name one`);
}
