import { Button, Card, Checkbox, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import { ApiRefusal, asRefusal } from '../api/refusal';
import { RefusalAlert } from '../components/refusal-alert';
import { When } from '../components/when';
import { useSession } from '../session';
import { changeOf } from './change-of';
import type { Person, PersonChange } from './data';
import { RoleCheckboxes } from './role-checkboxes';

const CHANGE_FIELDS = ['name', 'unit', 'managerEmail', 'roles', 'active'] as const;

export function ChangePerson({ person, onClose }: { person: Person; onClose: () => void }) {
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
