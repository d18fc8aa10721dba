import { Stack, Title } from '@mantine/core';

export function PeoplePage() {
  return (
    <Stack gap="md">
      <Title order={1}>People</Title>
    </Stack>
  );
}
