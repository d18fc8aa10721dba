/**
 * Roles a person holds in the organisation, kept in the people directory (or mapped from the identity provider's
 * claim). They say what a person may do outside any one audit; inside an audit the audit roles decide.
 */
export const ORG_ROLES = ['admin', 'programme-manager', 'compliance-lead', 'auditor'] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

export function isOrgRole(value: string): value is OrgRole {
  return (ORG_ROLES as readonly string[]).includes(value);
}

/** Who may manage the auditor pool and programmes: programme managers and admins. */
export function managesProgrammes(roles: readonly OrgRole[]): boolean {
  return roles.includes('admin') || roles.includes('programme-manager');
}

/** Who manages people, their roles and their tokens: admins. */
export function administersPeople(roles: readonly OrgRole[]): boolean {
  return roles.includes('admin');
}
