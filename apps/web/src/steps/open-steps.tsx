import { Stack, Text, Title } from '@mantine/core';
import { AuditPhase, AuditRole, stepsOpenTo } from '@auditflow/domain';
import { StepForm } from './step-form';

/** The steps the signed-in person may take in the audit now, by the same rules the API and the workflow apply. */
export function OpenSteps({ auditId, phase, roles, only, task }: { auditId: string; phase: AuditPhase; roles: readonly AuditRole[]; only?: (action: string) => boolean; task?: { id: string; subjectId?: string } }) {
  const steps = stepsOpenTo(roles, phase).filter((step) => !only || only(step.action));
  return (
    <Stack gap="sm" component="section" aria-labelledby="your-steps">
      <Title order={2} size="h4" id="your-steps">
        What you can do now
      </Title>
      {steps.length === 0 ? <Text>Nothing in this phase is yours to do.</Text> : steps.map((step) => <StepForm key={step.action} auditId={auditId} action={step.action} roles={step.roles} task={task} />)}
    </Stack>
  );
}
