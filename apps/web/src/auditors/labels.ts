import type { CompetenceArea, TeamRole } from '@auditflow/domain';
import type { EvaluationMethod } from './data';

/** The ISMS competence areas a team must cover together (ISO/IEC 27007 7.2.3), in words. */
export const COMPETENCE_LABEL: Record<CompetenceArea, string> = {
  'audit-methods': 'Audit principles, methods and techniques',
  'management-systems': 'Management system standards',
  'information-security-law': 'Information security law and regulation',
  'threats-vulnerabilities-incidents': 'Threats, vulnerabilities and incidents',
  'isms-measurement': 'ISMS monitoring and measurement',
  'assets-impact-continuity': 'Assets, impact and continuity',
  'it-in-business': 'Information technology in the business',
  'information-security-risk-management': 'Information security risk management',
  'team-management': 'Leading an audit team',
};
export const competenceLabel = (area: string) => COMPETENCE_LABEL[area as CompetenceArea] ?? area;

export const METHOD_LABEL: Record<EvaluationMethod, string> = {
  'record-review': 'Review of records',
  feedback: 'Feedback',
  interview: 'Interview',
  observation: 'Observation',
  testing: 'Testing',
  'post-audit-review': 'Post-audit review',
};
export const methodLabel = (method: string) => METHOD_LABEL[method as EvaluationMethod] ?? method;
export const TEAM_ROLE_LABEL: Record<TeamRole, string> = {
  'team-leader': 'team leader',
  auditor: 'auditor',
  'auditor-in-training': 'auditor in training',
  'technical-expert': 'technical expert',
  observer: 'observer',
};
