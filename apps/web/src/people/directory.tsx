import { Alert, Card, Group, Loader, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { ORG_ROLES } from '@auditflow/domain';
import { useState } from 'react';
import { Pager } from '../components/pager';
import { ChangePerson } from './change-person';
import { PAGE_SIZE, Person, usePeople } from './data';
import { DirectoryTable } from './directory-table';
import { ROLE_LABEL } from './labels';

export function Directory({ search, onSearch }: { search: string; onSearch: (search: string) => void }) {
  const [role, setRole] = useState('');
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(1);
  const [changing, setChanging] = useState<Person | undefined>();
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const people = usePeople(debounced, role, status, page);
  const filter = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPage(1);
  };
  return (
    <Card withBorder component="section" aria-labelledby="directory">
      <Stack gap="sm">
        <Title order={2} id="directory" size="h4">
          Directory
        </Title>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput label="Search by name or e-mail" type="search" value={search} onChange={(event) => filter(onSearch)(event.currentTarget.value)} style={{ flex: '1 1 14rem' }} />
          <NativeSelect label="Role" data={[{ value: '', label: 'Any role' }, ...ORG_ROLES.map((value) => ({ value, label: ROLE_LABEL[value] }))]} value={role} onChange={(event) => filter(setRole)(event.currentTarget.value)} />
          <NativeSelect
            label="Status"
            data={[
              { value: '', label: 'Active and deactivated' },
              { value: 'true', label: 'Active' },
              { value: 'false', label: 'Deactivated' },
            ]}
            value={status}
            onChange={(event) => filter(setStatus)(event.currentTarget.value)}
          />
        </Group>
        {changing && <ChangePerson key={changing.id} person={changing} onClose={() => setChanging(undefined)} />}
        {people.isPending && <Loader aria-label="Loading the directory" />}
        {people.error && <Alert color="red">{people.error.message}</Alert>}
        {people.data && (
          <>
            <DirectoryTable people={people.data.items} onChange={setChanging} />
            {people.data.total === 0 && <Text>Nobody matches.</Text>}
            <Pager total={people.data.total} pageSize={PAGE_SIZE} page={page} onChange={setPage} label="Pages of people" />
          </>
        )}
      </Stack>
    </Card>
  );
}
