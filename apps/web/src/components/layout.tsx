import { Anchor, AppShell, Burger, Button, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { ReactNode } from 'react';
import { administersPeople, isOrgRole, managesProgrammes, OrgRole, WEB_PAGES } from '@auditflow/domain';
import { Link, useLocation } from 'react-router';
import { api } from '../api/client';
import { useSession } from '../session';
import { LatestStepOutcome } from '../steps/step-outcome';

/** The pages in the menu, each shown to the people the API would answer on it (the same domain rules). */
const MENU: { label: string; path: string; shownTo: (roles: readonly OrgRole[]) => boolean }[] = [
  { label: 'My tasks', path: WEB_PAGES.myTasks, shownTo: () => true },
  { label: 'Audits', path: WEB_PAGES.audits, shownTo: () => true },
  { label: 'Programme', path: WEB_PAGES.programme, shownTo: managesProgrammes },
  { label: 'Follow-ups', path: WEB_PAGES.followUps, shownTo: () => true },
  { label: 'Auditor pool', path: WEB_PAGES.auditors, shownTo: (roles) => managesProgrammes(roles) || roles.includes('auditor') },
  { label: 'People', path: WEB_PAGES.people, shownTo: administersPeople },
  { label: 'My API tokens', path: WEB_PAGES.tokens, shownTo: () => true },
];

export function Layout({ children }: { children: ReactNode }) {
  const { person } = useSession();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const roles = person.roles.filter(isOrgRole);
  const signOut = async () => {
    await api.POST('/auth/sign-out');
    window.location.assign('/auth/sign-in');
  };
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Menu" />
            <Anchor component={Link} to={WEB_PAGES.myTasks} fw={700} c="dark">
              Auditflow
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
      <AppShell.Navbar p="xs" aria-label="Pages">
        <Stack gap={2}>
          {MENU.filter((item) => item.shownTo(roles)).map((item) => (
            <NavLink key={item.path} component={Link} to={item.path} label={item.label} active={location.pathname === item.path} onClick={close} />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <LatestStepOutcome />
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
