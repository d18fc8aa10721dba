import { Alert, Badge, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Pager } from '../components/pager';
import { useQuery } from '@tanstack/react-query';
import { AUDIT_PHASES, isOrgRole, managesProgrammes, PHASE_CLAUSE, WEB_PAGES } from '@auditflow/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, refusalMessage } from '../api/client';
import { AuditTable } from '../components/audit-table';
import { useSession } from '../session';

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
          <AuditTable audits={audits.data.items} label="Audits table" plannedHeader="Planned" second={{ header: 'Next due', at: (audit) => audit.nextDueAt }} />
          <Pager total={audits.data.total} pageSize={PAGE_SIZE} page={page} onChange={setPage} label="Pages of audits" />
          {audits.data.total === 0 && <Text>No audits yet.</Text>}
        </>
      )}
    </Stack>
  );
}
