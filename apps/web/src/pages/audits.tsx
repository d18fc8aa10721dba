import { Alert, Anchor, Badge, Button, Group, Loader, Pagination, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { AUDIT_PHASES, isOrgRole, managesProgrammes, PHASE_CLAUSE, WEB_PAGES, webPagePath } from '@auditflow/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, refusalMessage } from '../api/client';
import { When } from '../components/when';
import { useSession } from '../session';
import { WideTable } from '../components/wide-table';

const PAGE_SIZE = 25;

/** The audits the person may see, with where each stands and what is overdue: the programme's overview. */
export function AuditsPage() {
  const [page, setPage] = useState(1);
  const { person } = useSession();
  const audits = useQuery({
    queryKey: ['audits', page],
    queryFn: async () => {
      const { data, error } = await api.GET('/audits', { params: { query: { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE } } });
      if (error) throw new Error(refusalMessage(error));
      return data;
    },
  });
  const byPhase = AUDIT_PHASES.map((phase) => ({ phase, count: audits.data?.items.filter((audit) => audit.phase === phase).length ?? 0 })).filter(({ count }) => count > 0);
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>Audits</Title>
        {managesProgrammes(person.roles.filter(isOrgRole)) && (
          <Button component={Link} to={WEB_PAGES.launchAudit}>
            Launch an audit
          </Button>
        )}
      </Group>
      {audits.isPending && <Loader aria-label="Loading the audits" />}
      {audits.error && <Alert color="red">{audits.error.message}</Alert>}
      {audits.data && (
        <>
          <Group gap="xs" aria-label="Audits on this page by phase">
            {byPhase.map(({ phase, count }) => (
              <Badge key={phase} color="gray.8">
                {PHASE_CLAUSE[phase]} {phase}: {count}
              </Badge>
            ))}
          </Group>
          <WideTable label="Audits table" minWidth={720}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Audit</Table.Th>
                  <Table.Th>Phase</Table.Th>
                  <Table.Th>Planned</Table.Th>
                  <Table.Th>Next due</Table.Th>
                  <Table.Th>Open tasks</Table.Th>
                  <Table.Th>Overdue</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {audits.data.items.map((audit) => (
                  <Table.Tr key={audit.id}>
                    <Table.Td>
                      <Anchor component={Link} to={webPagePath('audit', { id: audit.id })}>
                        {audit.title}
                      </Anchor>
                      <Text size="sm">{audit.auditeeUnit}</Text>
                    </Table.Td>
                    <Table.Td>
                      {audit.phase} ({PHASE_CLAUSE[audit.phase]})
                    </Table.Td>
                    <Table.Td>
                      <When iso={audit.plannedStart} />
                    </Table.Td>
                    <Table.Td>{audit.nextDueAt ? <When iso={audit.nextDueAt} /> : '—'}</Table.Td>
                    <Table.Td>{audit.activeTaskCount}</Table.Td>
                    <Table.Td>{audit.overdueTaskCount > 0 ? <Badge color="red.9">{audit.overdueTaskCount}</Badge> : 0}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </WideTable>
          {audits.data.total > PAGE_SIZE && <Pagination total={Math.ceil(audits.data.total / PAGE_SIZE)} value={page} onChange={setPage} aria-label="Pages of audits" />}
          {audits.data.total === 0 && <Text>No audits yet.</Text>}
        </>
      )}
    </Stack>
  );
}
