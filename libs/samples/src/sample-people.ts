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
