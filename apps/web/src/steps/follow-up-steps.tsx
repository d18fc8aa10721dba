import { actionRoute, AuditRole, CorrectiveActionStatus, FOLLOW_UP_ACTIONS, followUpStepsOpenTo } from '@auditflow/domain';
import { StepAccordion } from './step-accordion';

interface FollowUpStepsProps {
  auditId: string;
  findingId: string;
  status: CorrectiveActionStatus;
  roles: readonly AuditRole[];
  only?: (action: string) => boolean;
  task?: { id: string; subjectId?: string };
  opened?: string;
}

/** The steps of one nonconformity's follow-up (6.7) the person may take while it is in `status`. */
export function FollowUpSteps({ auditId, findingId, status, roles, only, task, opened }: FollowUpStepsProps) {
  const steps = followUpStepsOpenTo(roles, status)
    .filter((step) => !only || only(step.action))
    .map((step) => ({
    action: step.action,
    clause: '6.7',
    path: `/audits/${encodeURIComponent(auditId)}/findings/${encodeURIComponent(findingId)}/follow-up/${actionRoute(step.action)}`,
    summary: FOLLOW_UP_ACTIONS[step.action].summary,
    payload: FOLLOW_UP_ACTIONS[step.action].payload,
    roles: step.roles,
    task,
  }));
  return steps.length ? <StepAccordion steps={steps} opened={opened} /> : null;
}
