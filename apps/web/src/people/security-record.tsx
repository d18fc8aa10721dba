import { Alert, Card, Loader, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Pager } from '../components/pager';
import { EVENTS_PAGE_SIZE, useSecurityEvents } from './data';
import { SecurityEventsTable } from './security-events-table';

const SECURITY_EVENT_TYPES = [
  'sign-in',
  'sign-in.failed',
  'sign-out',
  'sign-in-link.requested',
  'sign-in-link.refused',
  'api-token.created',
  'api-token.revoked',
  'person.created',
  'person.changed',
  'person.roles-changed',
  'person.deactivated',
  'person.reactivated',
  'admin.setup',
];

export function SecurityRecord() {
  const [type, setType] = useState('');
  const [page, setPage] = useState(1);
  const events = useSecurityEvents(type, page);
  return (
    <Card withBorder component="section" aria-labelledby="security-record">
      <Stack gap="sm">
        <div>
          <Title order={2} id="security-record" size="h4">
            Security record
          </Title>
          <Text size="sm">Sign-ins, refusals, tokens and directory changes, newest first. Nothing in it is ever changed or deleted.</Text>
        </div>
        <NativeSelect
          label="Kind of event"
          data={[{ value: '', label: 'Every kind' }, ...SECURITY_EVENT_TYPES]}
          value={type}
          onChange={(event) => {
            setType(event.currentTarget.value);
            setPage(1);
          }}
          maw={320}
        />
        {events.isPending && <Loader aria-label="Loading the security record" />}
        {events.error && <Alert color="red">{events.error.message}</Alert>}
        {events.data && (
          <>
            <SecurityEventsTable events={events.data.items} />
            {events.data.total === 0 && <Text>No events of this kind.</Text>}
            <Pager total={events.data.total} pageSize={EVENTS_PAGE_SIZE} page={page} onChange={setPage} label="Pages of the security record" />
          </>
        )}
      </Stack>
    </Card>
  );
}
