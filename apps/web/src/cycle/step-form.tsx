import { Button, Card, Group, Stack, Title } from '@mantine/core';
import { FormEvent, ReactNode, useId } from 'react';
import { ApiRefusal } from '../api/refusal';
import { RefusalAlert } from '../components/refusal-alert';

/** The frame of a form for one step of the cycle: its title, the API's refusal above the fields, the submit button. */
export function StepForm(props: { title: string; fields: readonly string[]; refusal: ApiRefusal | undefined; busy: boolean; submitLabel: string; onSubmit: () => void; children: ReactNode }) {
  const headingId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <Card withBorder component="section" aria-labelledby={headingId} padding="sm">
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <Title order={5} size="h6" id={headingId}>
            {props.title}
          </Title>
          <RefusalAlert refusal={props.refusal} fields={props.fields} />
          {props.children}
          <Group>
            <Button type="submit" loading={props.busy}>
              {props.submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
