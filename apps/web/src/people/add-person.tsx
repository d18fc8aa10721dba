import { Alert, Button, Card, Group, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrgRole } from '@auditflow/domain';
import { FormEvent, useState } from 'react';
import { api } from '../api/client';
import { ApiRefusal, asRefusal } from '../api/refusal';
import { RefusalAlert } from '../components/refusal-alert';
import type { Person } from './data';
import { RoleCheckboxes } from './role-checkboxes';

const ADD_FIELDS = ['email', 'name', 'unit', 'managerEmail', 'roles'] as const;

export function AddPerson({ onAdded }: { onAdded: (person: Person) => void }) {
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
