import { Table, Text } from '@mantine/core';
import { WideTable } from '../components/wide-table';
import type { CoverageItem } from './data';

const STATUS_COLOR: Record<CoverageItem['status'], string | undefined> = { audited: 'green.9', planned: undefined, gap: 'red.9' };

/** Clauses or controls, each with its status and the windows planning and auditing it, in a compact table. */
export function CoverageItemsTable({ caption, items }: { caption: string; items: readonly CoverageItem[] }) {
  return (
    <WideTable label={`${caption} table`} minWidth={360}>
      <Table striped captionSide="top" verticalSpacing={2} fz="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Item</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Planned in</Table.Th>
            <Table.Th>Audited in</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>{item.id}</Table.Td>
              <Table.Td>
                <Text span size="sm" c={STATUS_COLOR[item.status]} fw={item.status === 'gap' ? 700 : undefined}>
                  {item.status}
                </Text>
              </Table.Td>
              <Table.Td>{item.plannedIn.join(', ') || '—'}</Table.Td>
              <Table.Td>{item.auditedIn.join(', ') || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </WideTable>
  );
}
