import type { CompetenceArea } from '@auditflow/domain';
/** The cast of the sample audit used by the demo and the tests. */
export const SAMPLE_PEOPLE = {
  admin: { email: 'admin@auditflow.example', name: 'Ada Admin' },
  programmeManager: { email: 'pm@auditflow.example', name: 'Priya Manager' },
  complianceLead: { email: 'compliance@auditflow.example', name: 'Carl Compliance' },
  teamLeader: { email: 'lead@auditflow.example', name: 'Lena Leader', unit: 'Internal Audit' },
  auditor: { email: 'auditor@auditflow.example', name: 'Arun Auditor', unit: 'Internal Audit' },
  secondAuditor: { email: 'second@auditflow.example', name: 'Sara Second', unit: 'Risk Office' },
  replacementAuditor: { email: 'replacement@auditflow.example', name: 'Rui Replacement', unit: 'Group Security' },
  auditeeRepresentative: { email: 'rep@auditee.example', name: 'Rita Representative' },
  auditeeManager: { email: 'manager@auditee.example', name: 'Max Manager' },
} as const;

export const SAMPLE_AUDITEE_UNIT = 'IT Operations';

/**
 * The sample organisation's staff and their organisation roles: the accounts of the embedded identity provider that
 * `npm start` and the tests run. The auditee's people are external: they sign in by e-mail link.
 */
export const SAMPLE_STAFF: { email: string; name: string; unit?: string; roles: ('admin' | 'programme-manager' | 'compliance-lead' | 'auditor')[] }[] = [
  { ...SAMPLE_PEOPLE.admin, roles: ['admin'] },
  { ...SAMPLE_PEOPLE.programmeManager, roles: ['programme-manager'] },
  { ...SAMPLE_PEOPLE.complianceLead, roles: ['compliance-lead'] },
  { ...SAMPLE_PEOPLE.teamLeader, roles: ['auditor'] },
  { ...SAMPLE_PEOPLE.auditor, roles: ['auditor'] },
  { ...SAMPLE_PEOPLE.secondAuditor, roles: ['auditor'] },
  { ...SAMPLE_PEOPLE.replacementAuditor, roles: ['auditor'] },
];

/**
 * The sample organisation's auditor pool: together the sample team covers every ISMS competence area and its leader is
 * qualified to lead, so the sample audit launches without gaps to justify.
 */
export const SAMPLE_POOL: { email: string; name: string; unit: string; competences: CompetenceArea[]; teamLeaderQualified: boolean }[] = [
  { ...SAMPLE_PEOPLE.teamLeader, competences: ['audit-methods', 'management-systems', 'team-management', 'information-security-risk-management'], teamLeaderQualified: true },
  { ...SAMPLE_PEOPLE.auditor, competences: ['information-security-law', 'threats-vulnerabilities-incidents', 'isms-measurement'], teamLeaderQualified: false },
  { ...SAMPLE_PEOPLE.secondAuditor, competences: ['assets-impact-continuity', 'it-in-business', 'audit-methods'], teamLeaderQualified: false },
  { ...SAMPLE_PEOPLE.replacementAuditor, competences: ['audit-methods', 'information-security-risk-management', 'team-management'], teamLeaderQualified: true },
];
