import { Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { AddPerson } from '../people/add-person';
import { Directory } from '../people/directory';
import { SecurityRecord } from '../people/security-record';

/** The people directory (admins): who may sign in, with which organisation roles; and the security record. */
export function PeoplePage() {
  const [search, setSearch] = useState('');
  return (
    <Stack gap="lg">
      <Title order={1}>People</Title>
      <AddPerson onAdded={(person) => setSearch(person.email)} />
      <Directory search={search} onSearch={setSearch} />
      <SecurityRecord />
    </Stack>
  );
}
