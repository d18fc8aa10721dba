import { Table, Text } from '@mantine/core';
import { When } from '../components/when';
import { WideTable } from '../components/wide-table';
import type { SecurityEvent } from './data';

/** What an event's detail says, in a line: its fields and values. */
function detailLine(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') || '—' : typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value)}`)
    .join(' · ');
}

export function SecurityEventsTable({ events }: { events: SecurityEvent[] }) {
  return (
    <WideTable label="The security record" minWidth={720}>
      <Table striped aria-label="Security events">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Event</Table.Th>
            <Table.Th>Person</Table.Th>
            <Table.Th>From</Table.Th>
            <Table.Th>Detail</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td>
                <When iso={event.occurredAt} />
              </Table.Td>
              <Table.Td>{event.type}</Table.Td>
              <Table.Td>{event.email ?? '—'}</Table.Td>
              <Table.Td>{event.ip ?? '—'}</Table.Td>
              <Table.Td>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {detailLine(event.detail)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </WideTable>
  );
}
