import { Stack, Text, Title } from '@mantine/core';
import { actionRoute, AUDIT_ACTIONS, AuditPhase, AuditRole, requestPayload, stepsOpenTo } from '@auditflow/domain';
import { StepAccordion } from './step-accordion';

interface OpenStepsProps {
  auditId: string;
  phase: AuditPhase;
  roles: readonly AuditRole[];
  only?: (action: string) => boolean;
  /** On a task's page: its ids fill the payload fields that name them, and its own step is open from the start. */
  task?: { id: string; subjectId?: string };
  opened?: string;
}

/** The steps the signed-in person may take in the audit now, by the same rules the API and the workflow apply. */
export function OpenSteps({ auditId, phase, roles, only, task, opened }: OpenStepsProps) {
  const steps = stepsOpenTo(roles, phase)
    .filter((step) => !only || only(step.action))
    .map((step) => ({
      action: step.action,
      clause: AUDIT_ACTIONS[step.action].clause,
      path: `/audits/${encodeURIComponent(auditId)}/${actionRoute(step.action)}`,
      summary: AUDIT_ACTIONS[step.action].summary,
      payload: requestPayload(AUDIT_ACTIONS[step.action].payload),
      roles: step.roles,
      task,
      auditId,
    }));
  return (
    <Stack gap="sm" component="section" aria-labelledby="your-steps">
      <Title order={2} size="h4" id="your-steps">
        What you can do now
      </Title>
      {steps.length === 0 ? <Text>Nothing in this phase is yours to do.</Text> : <StepAccordion steps={steps} opened={opened} />}
    </Stack>
  );
}
