import { Stack, Title } from '@mantine/core';

export function TokensPage() {
  return (
    <Stack gap="md">
      <Title order={1}>My API tokens</Title>
    </Stack>
  );
}
