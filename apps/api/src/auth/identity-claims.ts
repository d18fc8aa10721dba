import type { AppConfig } from '@auditflow/config';
import { isOrgRole, OrgRole } from '@auditflow/domain';

/** The person an identity provider's token describes. `roles` is undefined when the token carries no roles claim. */
export interface ClaimedIdentity {
  email: string;
  name: string;
  unit?: string;
  roles?: OrgRole[];
}

/**
 * Reads the person from ID-token or access-token claims. The roles claim (OIDC_ROLES_CLAIM) may be a list or a
 * space- or comma-separated string; OIDC_ROLE_MAP renames provider values (group names, app roles) to roles.
 */
export function identityFromClaims(claims: Record<string, unknown>, config: AppConfig): ClaimedIdentity | undefined {
  const email = [claims.email, claims.preferred_username, claims.upn].find((value): value is string => typeof value === 'string' && value.includes('@'));
  if (!email) return undefined;
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim() : email;
  const unit = typeof claims.unit === 'string' ? claims.unit : undefined;
  const raw = claims[config.OIDC_ROLES_CLAIM];
  const values = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? raw.split(/[\s,]+/).filter(Boolean) : undefined;
  const mapping = roleMap(config.OIDC_ROLE_MAP);
  const roles = values && [...new Set(values.map((value) => mapping.get(value) ?? value).filter(isOrgRole))];
  return { email: email.toLowerCase(), name, unit, roles };
}

function roleMap(spec: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of (spec ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
    const [from, to] = pair.split('=').map((part) => part.trim());
    if (from && to) map.set(from, to);
  }
  return map;
}
