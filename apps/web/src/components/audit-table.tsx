import { Anchor, Badge, Table, Text } from '@mantine/core';
import { PHASE_CLAUSE, webPagePath } from '@auditflow/domain';
import { Link } from 'react-router';
import type { paths } from '../api/schema';
import { When } from './when';
import { WideTable } from './wide-table';

export type AuditListItem = paths['/audits']['get']['responses'][200]['content']['application/json']['items'][number];

interface AuditTableProps {
  audits: readonly AuditListItem[];
  label: string;
  plannedHeader: string;
  /** The one column the lists differ in: the audits page shows the next due date, the schedule the planned end. */
  second: { header: string; at: (audit: AuditListItem) => string | undefined };
}

/** Audits as rows: each linked to its page, with unit, phase and clause, dates, and open and overdue tasks. */
export function AuditTable({ audits, label, plannedHeader, second }: AuditTableProps) {
  return (
    <WideTable label={label} minWidth={720}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Audit</Table.Th>
            <Table.Th>Phase</Table.Th>
            <Table.Th>{plannedHeader}</Table.Th>
            <Table.Th>{second.header}</Table.Th>
            <Table.Th>Open tasks</Table.Th>
            <Table.Th>Overdue</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {audits.map((audit) => {
            const at = second.at(audit);
            return (
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
                <Table.Td>{at ? <When iso={at} /> : '—'}</Table.Td>
                <Table.Td>{audit.activeTaskCount}</Table.Td>
                <Table.Td>{audit.overdueTaskCount > 0 ? <Badge color="red.9">{audit.overdueTaskCount}</Badge> : 0}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </WideTable>
  );
}
