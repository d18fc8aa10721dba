import { Card, Title } from '@mantine/core';
import { ReactNode, useId } from 'react';

/** A titled part of the audit page, announced as a region by its title. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} id={id} size="h4" mb="xs">
        {title}
      </Title>
      {children}
    </Card>
  );
}
