import { Stack, Title } from '@mantine/core';

export function AuditorsPage() {
  return (
    <Stack gap="md">
      <Title order={1}>Auditor pool</Title>
    </Stack>
  );
}
