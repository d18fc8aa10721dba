/** The cast of the sample audit used by the demo and the tests. */
export const SAMPLE_PEOPLE = {
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
