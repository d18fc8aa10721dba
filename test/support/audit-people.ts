import type { AuditRole } from '@auditflow/domain';
import { SAMPLE_PEOPLE as P } from '@auditflow/samples';

/** Who holds each role in the sample audit. */
export const SAMPLE_AUDIT_ROLE_PEOPLE: Partial<Record<AuditRole, string>> = {
  'programme-manager': P.programmeManager.email,
  'compliance-lead': P.complianceLead.email,
  'team-leader': P.teamLeader.email,
  auditor: P.auditor.email,
  'auditee-representative': P.auditeeRepresentative.email,
  'auditee-manager': P.auditeeManager.email,
};

/** The sample people in the roles most steps are taken in, as the audit ports take them. */
export const SAMPLE_ACTORS = {
  pm: { email: P.programmeManager.email, role: 'programme-manager' as const },
  lead: { email: P.teamLeader.email, role: 'team-leader' as const },
  rep: { email: P.auditeeRepresentative.email, role: 'auditee-representative' as const },
};
