import { auditeeAssigneeFor, auditPeople } from '../audit/people';
import { AuditState } from '../audit/state';
import { conflict, ensure, notFound } from '../rejection';
import { isNonconformity } from '../grades';
import { CorrectiveActionInput } from './state';

/** What the follow-up of one nonconformity starts with: the finding, who acts on it, and the audit's settings. */
export function followUpInput(audit: AuditState, findingId: string, parentWorkflowId: string): CorrectiveActionInput {
  const finding = audit.findings.find((candidate) => candidate.id === findingId);
  ensure(finding, () => notFound(`finding ${findingId} does not exist`));
  ensure(isNonconformity(finding.grade), () => conflict(`finding ${findingId} is a ${finding.grade}; only nonconformities are followed up`));
  return {
    auditId: audit.definition.auditId,
    auditTitle: audit.definition.title,
    parentWorkflowId,
    finding: { ...finding, grade: finding.grade },
    people: {
      ...auditPeople(audit),
      auditeeRepresentative: audit.definition.auditee.representative.email,
      auditeeDelegates: audit.auditeeDelegates,
      ...delegateOf(audit, findingId),
      verifier: finding.recordedBy,
      auditors: audit.team.filter((member) => member.role === 'auditor').map((member) => member.email),
    },
    settings: audit.settings,
    auditeeUnit: audit.definition.auditee.unit,
  };
}

/** The follow-up continues the response to the finding: if that was delegated, so is the follow-up. */
function delegateOf(audit: AuditState, findingId: string): { auditeeDelegate?: string } {
  const assignee = auditeeAssigneeFor(audit, (task) => task.kind === 'respond-to-finding' && task.subjectId === findingId);
  return assignee === audit.definition.auditee.representative.email ? {} : { auditeeDelegate: assignee };
}
