import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { WideTable } from '../components/wide-table';
import type { Person } from './data';
import { ROLE_LABEL, SOURCE_LABEL } from './labels';

export function DirectoryTable({ people, onChange }: { people: Person[]; onChange: (person: Person) => void }) {
  return (
    <WideTable label="The directory" minWidth={720}>
      <Table striped aria-label="People">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Person</Table.Th>
            <Table.Th>Unit</Table.Th>
            <Table.Th>Manager</Table.Th>
            <Table.Th>Roles</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => (
            <Table.Tr key={person.id}>
              <Table.Td>
                <Text fw={600}>{person.name}</Text>
                <Text size="sm">{person.email}</Text>
                <Button variant="light" size="compact-xs" mt={4} onClick={() => onChange(person)} aria-label={`Change ${person.name}`}>
                  Change
                </Button>
              </Table.Td>
              <Table.Td>{person.unit ?? '—'}</Table.Td>
              <Table.Td>{person.managerEmail ?? '—'}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {person.roles.length === 0 ? <Text size="sm">no role</Text> : person.roles.map((role) => <Badge key={role} color="blue.9">{ROLE_LABEL[role]}</Badge>)}
                </Group>
              </Table.Td>
              <Table.Td>
                <Badge color={person.active ? 'teal.9' : 'gray.8'}>{person.active ? 'active' : 'deactivated'}</Badge>
                <Text size="xs">{SOURCE_LABEL[person.source]}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </WideTable>
  );
}
