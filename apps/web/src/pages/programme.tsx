import { Stack, Title } from '@mantine/core';

export function ProgrammePage() {
  return (
    <Stack gap="md">
      <Title order={1}>Programme</Title>
    </Stack>
  );
}
