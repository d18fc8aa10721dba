import { Anchor, Table, Text, Title } from '@mantine/core';
import { PHASE_CLAUSE, webPagePath } from '@auditflow/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { Pager, pageOf } from '../components/pager';
import { When } from '../components/when';
import { WideTable } from '../components/wide-table';
import type { TeamMembership } from './data';
import { TEAM_ROLE_LABEL } from './labels';

const AUDITS_PAGE_SIZE = 10;

export function Audits({ audits, name }: { audits: TeamMembership[]; name: string }) {
  const [page, setPage] = useState(1);
  return (
    <div>
      <Title order={3} size="h5">
        Audits
      </Title>
      {audits.length === 0 ? (
        <Text size="sm">On no audit you may see.</Text>
      ) : (
        <>
          <WideTable label={`Audits ${name} is on`} minWidth={560}>
            <Table aria-label={`Audits ${name} is on`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Audit</Table.Th>
                  <Table.Th>As</Table.Th>
                  <Table.Th>Phase</Table.Th>
                  <Table.Th>Planned</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pageOf(audits, page, AUDITS_PAGE_SIZE).map((audit) => (
                  <Table.Tr key={audit.auditId}>
                    <Table.Td>
                      <Anchor component={Link} to={webPagePath('audit', { id: audit.auditId })}>
                        {audit.title}
                      </Anchor>
                      <Text size="xs">{audit.auditeeUnit}</Text>
                    </Table.Td>
                    <Table.Td>{TEAM_ROLE_LABEL[audit.role] ?? audit.role}</Table.Td>
                    <Table.Td>
                      {audit.phase} ({PHASE_CLAUSE[audit.phase]})
                    </Table.Td>
                    <Table.Td>
                      <When iso={audit.plannedStart} /> to <When iso={audit.plannedEnd} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </WideTable>
          <Pager total={audits.length} pageSize={AUDITS_PAGE_SIZE} page={page} onChange={setPage} label={`Pages of the audits ${name} is on`} />
        </>
      )}
    </div>
  );
}
