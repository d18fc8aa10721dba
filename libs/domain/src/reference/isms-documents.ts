/**
 * The ISMS documents an audit usually starts from (ISO/IEC 27007 6.3.1, with ISO/IEC 27001:2022 clauses 4.3, 5.2,
 * 6.1.2, 6.1.3 d and e, 8.2, 8.3, 9.2 and 9.3): offered when documents are requested, edited by the team.
 */
export const DEFAULT_ISMS_DOCUMENTS: readonly { name: string; description: string }[] = [
  { name: 'ISMS scope', description: 'ISO/IEC 27001:2022 4.3' },
  { name: 'Information security policy', description: 'ISO/IEC 27001:2022 5.2' },
  { name: 'Risk assessment process and results', description: 'ISO/IEC 27001:2022 6.1.2 and 8.2' },
  { name: 'Risk treatment process and results', description: 'ISO/IEC 27001:2022 6.1.3 and 8.3' },
  { name: 'Statement of Applicability', description: 'ISO/IEC 27001:2022 6.1.3 d, with the justification of each exclusion' },
  { name: 'Risk treatment plan', description: 'ISO/IEC 27001:2022 6.1.3 e' },
  { name: 'Records of previous audits', description: 'ISO/IEC 27001:2022 9.2: internal and external audit reports and their follow-up' },
  { name: 'Management review records', description: 'ISO/IEC 27001:2022 9.3' },
];
