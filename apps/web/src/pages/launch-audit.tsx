import { Stack, Title } from '@mantine/core';

export function LaunchAuditPage() {
  return (
    <Stack gap="md">
      <Title order={1}>Launch an audit</Title>
    </Stack>
  );
}
