/** Who may take part in an audit (ISO 19011 clause 5 and 6 roles). */
export const AUDIT_ROLES = [
  'programme-manager',
  'team-leader',
  'auditor',
  'auditor-in-training',
  'technical-expert',
  'observer',
  'auditee-representative',
  'auditee-manager',
  'compliance-lead',
] as const;
export type AuditRole = (typeof AUDIT_ROLES)[number];

/** Roles a person can hold inside the audit team. Guides, observers and interpreters never steer the audit. */
export const TEAM_ROLES = ['team-leader', 'auditor', 'auditor-in-training', 'technical-expert', 'observer'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** Team members who may record evidence and findings. Trainees work under guidance, so they may record evidence only. */
export const AUDITING_ROLES: readonly AuditRole[] = ['team-leader', 'auditor'];

export const AUDITEE_ROLES: readonly AuditRole[] = ['auditee-representative', 'auditee-manager'];

export function roleLabel(role: AuditRole): string {
  return role.replace(/-/g, ' ');
}

/** How a person proved who they are: single sign-on, an e-mail link, or an API token. */
export const SIGN_IN_METHODS = ['sso', 'link', 'token'] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

/**
 * The person acting: the signed-in person and the role they act in, checked against the audit's people. The
 * timeline keeps who it was (directory id) and how they signed in.
 */
export interface Actor {
  email: string;
  role: AuditRole;
  personId?: string;
  via?: SignInMethod;
}

/** The actor as the rules record it: e-mail in lower case, nothing but the known fields. */
export function normaliseActor(actor: Actor): Actor {
  return {
    email: actor.email.toLowerCase(),
    role: actor.role,
    ...(actor.personId ? { personId: actor.personId } : {}),
    ...(actor.via ? { via: actor.via } : {}),
  };
}
