import { Accordion, Text } from '@mantine/core';
import { StepForm, StepFormProps } from './step-form';

export interface OfferedStep extends StepFormProps {
  action: string;
  clause?: string;
}

/** Steps as collapsed forms, each opened by its summary (one page can offer many without a wall of fields). */
export function StepAccordion({ steps, opened }: { steps: OfferedStep[]; opened?: string }) {
  return (
    <Accordion variant="separated" multiple defaultValue={opened ? [opened] : []}>
      {steps.map(({ action, clause, ...form }) => (
        <Accordion.Item key={action} value={action}>
          <Accordion.Control>
            {form.summary}
            {clause && (
              <Text span size="sm">
                {' '}
                (clause {clause})
              </Text>
            )}
          </Accordion.Control>
          <Accordion.Panel>
            <StepForm {...form} />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
