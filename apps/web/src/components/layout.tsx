import { Anchor, AppShell, Button, Group, Text } from '@mantine/core';
import { ReactNode } from 'react';
import { WEB_PAGES } from '@auditflow/domain';
import { Link } from 'react-router';
import { api } from '../api/client';
import { useSession } from '../session';

export function Layout({ children }: { children: ReactNode }) {
  const { person } = useSession();
  const signOut = async () => {
    await api.POST('/auth/sign-out');
    window.location.assign('/auth/sign-in');
  };
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="md" wrap="nowrap">
            <Anchor component={Link} to="/" fw={700} c="dark">
              Auditflow
            </Anchor>
            <Anchor component={Link} to={WEB_PAGES.myTasks}>
              My tasks
            </Anchor>
            <Anchor component={Link} to={WEB_PAGES.audits}>
              Audits
            </Anchor>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" visibleFrom="xs">
              {person.name}
            </Text>
            <Button variant="subtle" size="compact-sm" onClick={() => void signOut()}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
