import { Stack, Title } from '@mantine/core';

export function FollowUpsPage() {
  return (
    <Stack gap="md">
      <Title order={1}>Follow-ups</Title>
    </Stack>
  );
}
