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

/** The person acting, as given by the caller and checked against the audit's people. */
export interface Actor {
  email: string;
  role: AuditRole;
}
