import { Accordion, Stack, Text, Title } from '@mantine/core';
import { AUDIT_ACTIONS, AuditPhase, AuditRole, stepsOpenTo } from '@auditflow/domain';
import { StepForm } from './step-form';

interface OpenStepsProps {
  auditId: string;
  phase: AuditPhase;
  roles: readonly AuditRole[];
  only?: (action: string) => boolean;
  /** On a task's page: its ids fill the payload fields that name them, and its own step is open from the start. */
  task?: { id: string; subjectId?: string };
  opened?: string;
}

/**
 * The steps the signed-in person may take in the audit now, by the same rules the API and the workflow apply; each
 * a collapsed form, opened by its summary.
 */
export function OpenSteps({ auditId, phase, roles, only, task, opened }: OpenStepsProps) {
  const steps = stepsOpenTo(roles, phase).filter((step) => !only || only(step.action));
  return (
    <Stack gap="sm" component="section" aria-labelledby="your-steps">
      <Title order={2} size="h4" id="your-steps">
        What you can do now
      </Title>
      {steps.length === 0 ? (
        <Text>Nothing in this phase is yours to do.</Text>
      ) : (
        <Accordion variant="separated" multiple defaultValue={opened ? [opened] : []}>
          {steps.map((step) => (
            <Accordion.Item key={step.action} value={step.action}>
              <Accordion.Control>
                {AUDIT_ACTIONS[step.action].summary} <Text span size="sm">(clause {AUDIT_ACTIONS[step.action].clause})</Text>
              </Accordion.Control>
              <Accordion.Panel>
                <StepForm auditId={auditId} action={step.action} roles={step.roles} task={task} />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  );
}
