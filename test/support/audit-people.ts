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
