import { Alert, Badge, Button, Card, Checkbox, Group, Loader, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ORG_ROLES } from '@auditflow/domain';
import type { OrgRole } from '@auditflow/domain';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { api, refusalMessage } from '../api/client';
import { ApiRefusal, asRefusal } from '../api/refusal';
import type { paths } from '../api/schema';
import { Pager } from '../components/pager';
import { RefusalAlert } from '../components/refusal-alert';
import { When } from '../components/when';
import { WideTable } from '../components/wide-table';
import { useSession } from '../session';

type Person = paths['/people']['get']['responses'][200]['content']['application/json']['items'][number];
type PersonChange = NonNullable<paths['/people/{id}']['patch']['requestBody']>['content']['application/json'];
type SecurityEvent = paths['/security-events']['get']['responses'][200]['content']['application/json']['items'][number];

const PAGE_SIZE = 25;
const EVENTS_PAGE_SIZE = 20;

const ROLE_LABEL: Record<OrgRole, string> = {
  admin: 'Admin',
  'programme-manager': 'Programme manager',
  'compliance-lead': 'Compliance lead',
  auditor: 'Auditor',
};
const ROLE_HELP: Record<OrgRole, string> = {
  admin: 'manages people, reads the security record, sees everything',
  'programme-manager': 'establishes programmes, manages the auditor pool, launches audits',
  'compliance-lead': 'follows the audits of the programmes they lead compliance for',
  auditor: 'may be put on audit teams; sees their own audits',
};
const SOURCE_LABEL: Record<Person['source'], string> = { directory: 'added here', sso: 'single sign-on', audit: 'named in an audit', setup: 'first admin' };
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

function RoleCheckboxes({ value, onChange, error, description }: { value: OrgRole[]; onChange: (roles: OrgRole[]) => void; error?: string; description?: string }) {
  return (
    <Checkbox.Group label="Organisation roles" description={description} value={value} onChange={(roles) => onChange(roles as OrgRole[])} error={error}>
      <Stack gap={6} mt={6}>
        {ORG_ROLES.map((role) => (
          <Checkbox key={role} value={role} label={ROLE_LABEL[role]} description={ROLE_HELP[role]} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

const ADD_FIELDS = ['email', 'name', 'unit', 'managerEmail', 'roles'] as const;

function AddPerson({ onAdded }: { onAdded: (person: Person) => void }) {
  const empty = { email: '', name: '', unit: '', managerEmail: '', roles: [] as OrgRole[] };
  const [form, setForm] = useState(empty);
  const queryClient = useQueryClient();
  const add = useMutation({
    mutationFn: async () => {
      const body = { email: form.email, name: form.name, roles: form.roles, ...(form.unit ? { unit: form.unit } : {}), ...(form.managerEmail ? { managerEmail: form.managerEmail } : {}) };
      const { data, error, response } = await api.POST('/people', { body });
      // The one conflict of this form: the address is in the directory already.
      if (!data) throw ApiRefusal.of(response, error, { fieldOfConflict: 'email' });
      return data;
    },
    onSuccess: (person) => {
      setForm(empty);
      onAdded(person);
      void queryClient.invalidateQueries({ queryKey: ['people'] });
      void queryClient.invalidateQueries({ queryKey: ['security-events'] });
    },
  });
  const refusal = add.error ? asRefusal(add.error) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <Card withBorder component="section" aria-labelledby="add-person">
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} id="add-person" size="h4">
            Add a person
          </Title>
          {add.isSuccess && (
            <Alert color="green" role="status">
              Added {add.data.name} ({add.data.email}); the list below shows them.
            </Alert>
          )}
          <RefusalAlert refusal={refusal} fields={ADD_FIELDS} />
          <TextInput label="E-mail" type="email" required value={form.email} onChange={(event) => setForm({ ...form, email: event.currentTarget.value })} error={refusal?.field('email')} />
          <TextInput label="Name" required value={form.name} onChange={(event) => setForm({ ...form, name: event.currentTarget.value })} error={refusal?.field('name')} />
          <TextInput label="Unit" description="An auditor never audits their own unit" value={form.unit} onChange={(event) => setForm({ ...form, unit: event.currentTarget.value })} error={refusal?.field('unit')} />
          <TextInput label="Manager's e-mail" type="email" value={form.managerEmail} onChange={(event) => setForm({ ...form, managerEmail: event.currentTarget.value })} error={refusal?.field('managerEmail')} />
          <RoleCheckboxes value={form.roles} onChange={(roles) => setForm({ ...form, roles })} error={refusal?.field('roles')} />
          <Group>
            <Button type="submit" loading={add.isPending}>
              Add person
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function Directory({ search, onSearch }: { search: string; onSearch: (search: string) => void }) {
  const [role, setRole] = useState('');
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(1);
  const [changing, setChanging] = useState<Person | undefined>();
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const people = useQuery({
    queryKey: ['people', debounced, role, status, page],
    queryFn: async () => {
      const query = {
        limit: PAGE_SIZE,
        offset: (page - 1) * PAGE_SIZE,
        ...(debounced ? { search: debounced } : {}),
        ...(role ? { role: role as OrgRole } : {}),
        ...(status ? { active: status as 'true' | 'false' } : {}),
      };
      const { data, error } = await api.GET('/people', { params: { query } });
      if (error || !data) throw new Error(refusalMessage(error));
      return data;
    },
    placeholderData: keepPreviousData,
  });
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
                  {people.data.items.map((person) => (
                    <Table.Tr key={person.id}>
                      <Table.Td>
                        <Text fw={600}>{person.name}</Text>
                        <Text size="sm">{person.email}</Text>
                        <Button variant="light" size="compact-xs" mt={4} onClick={() => setChanging(person)} aria-label={`Change ${person.name}`}>
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
            {people.data.total === 0 && <Text>Nobody matches.</Text>}
            <Pager total={people.data.total} pageSize={PAGE_SIZE} page={page} onChange={setPage} label="Pages of people" />
          </>
        )}
      </Stack>
    </Card>
  );
}

const CHANGE_FIELDS = ['name', 'unit', 'managerEmail', 'roles', 'active'] as const;

/** Only what the admin changed is sent: the API records each kind of change in the security record. */
function changeOf(person: Person, form: { name: string; unit: string; managerEmail: string; roles: OrgRole[]; active: boolean }): PersonChange {
  const change: PersonChange = {};
  if (form.name !== person.name) change.name = form.name;
  if (form.unit !== (person.unit ?? '')) change.unit = form.unit;
  if (form.managerEmail !== (person.managerEmail ?? '')) change.managerEmail = form.managerEmail;
  if ([...form.roles].sort().join() !== [...person.roles].sort().join()) change.roles = form.roles;
  if (form.active !== person.active) change.active = form.active;
  return change;
}

function ChangePerson({ person, onClose }: { person: Person; onClose: () => void }) {
  const { person: me } = useSession();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'nearest' });
    box.current?.focus();
  }, []);
  const [form, setForm] = useState({ name: person.name, unit: person.unit ?? '', managerEmail: person.managerEmail ?? '', roles: [...person.roles], active: person.active });
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: async (body: PersonChange) => {
      const { data, error, response } = await api.PATCH('/people/{id}', { params: { path: { id: person.id } }, body });
      if (!data) throw ApiRefusal.of(response, error);
      return data;
    },
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['people'] }), queryClient.invalidateQueries({ queryKey: ['security-events'] })]);
      onClose();
    },
  });
  const refusal = change.error ? asRefusal(change.error) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = changeOf(person, form);
    if (Object.keys(body).length === 0) onClose();
    else change.mutate(body);
  };
  return (
    <Card ref={box} withBorder component="section" aria-labelledby={`change-${person.id}`} tabIndex={-1} bg="blue.0">
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <div>
            <Title order={3} size="h5" id={`change-${person.id}`}>
              Change {person.name}
            </Title>
            <Text size="sm">{person.email}</Text>
          </div>
          <RefusalAlert refusal={refusal} fields={CHANGE_FIELDS} />
          <TextInput label="Name" required value={form.name} onChange={(event) => setForm({ ...form, name: event.currentTarget.value })} error={refusal?.field('name')} />
          <TextInput label="Unit" value={form.unit} onChange={(event) => setForm({ ...form, unit: event.currentTarget.value })} error={refusal?.field('unit')} />
          <TextInput label="Manager's e-mail" type="email" value={form.managerEmail} onChange={(event) => setForm({ ...form, managerEmail: event.currentTarget.value })} error={refusal?.field('managerEmail')} />
          <RoleCheckboxes
            value={form.roles}
            onChange={(roles) => setForm({ ...form, roles })}
            error={refusal?.field('roles')}
            description={person.source === 'sso' ? 'This person signs in by single sign-on: the identity provider sets their roles again at each sign-in.' : undefined}
          />
          <Checkbox
            label="Active"
            description={person.id === me.id ? 'This is you.' : 'Deactivating ends their sessions and revokes their API tokens at once.'}
            checked={form.active}
            onChange={(event) => setForm({ ...form, active: event.currentTarget.checked })}
            error={refusal?.field('active')}
          />
          <Text size="xs">
            In the directory since <When iso={person.createdAt} />; last changed <When iso={person.updatedAt} />.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={change.isPending}>
              Save changes
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** What an event's detail says, in a line: its fields and values. */
function detailLine(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') || '—' : typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value)}`)
    .join(' · ');
}

function SecurityRecord() {
  const [type, setType] = useState('');
  const [page, setPage] = useState(1);
  const events = useQuery({
    queryKey: ['security-events', type, page],
    queryFn: async () => {
      const { data, error } = await api.GET('/security-events', { params: { query: { limit: EVENTS_PAGE_SIZE, offset: (page - 1) * EVENTS_PAGE_SIZE, ...(type ? { type } : {}) } } });
      if (error || !data) throw new Error(refusalMessage(error));
      return data;
    },
    placeholderData: keepPreviousData,
  });
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
                  {events.data.items.map((event: SecurityEvent) => (
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
            {events.data.total === 0 && <Text>No events of this kind.</Text>}
            <Pager total={events.data.total} pageSize={EVENTS_PAGE_SIZE} page={page} onChange={setPage} label="Pages of the security record" />
          </>
        )}
      </Stack>
    </Card>
  );
}
