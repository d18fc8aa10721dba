import { Alert, Button, Card, Checkbox, Group, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ISMS_COMPETENCE_AREAS } from '@auditflow/domain';
import type { CompetenceArea } from '@auditflow/domain';
import { FormEvent, useState } from 'react';
import { api } from '../api/client';
import { ApiRefusal, asRefusal } from '../api/refusal';
import { RefusalAlert } from '../components/refusal-alert';
import { COMPETENCE_LABEL } from './labels';

const ADD_FIELDS = ['email', 'name', 'unit', 'competences', 'teamLeaderQualified'] as const;

export function AddAuditor() {
  const empty = { email: '', name: '', unit: '', competences: [] as CompetenceArea[], teamLeaderQualified: false };
  const [form, setForm] = useState(empty);
  const queryClient = useQueryClient();
  const add = useMutation({
    mutationFn: async () => {
      const body = { email: form.email, name: form.name, competences: form.competences, teamLeaderQualified: form.teamLeaderQualified, ...(form.unit ? { unit: form.unit } : {}) };
      const { data, error, response } = await api.POST('/auditors', { body });
      // The one conflict of this form: an auditor with this address is in the pool already.
      if (!data) throw ApiRefusal.of(response, error, { fieldOfConflict: 'email' });
      return data;
    },
    onSuccess: () => {
      setForm(empty);
      void queryClient.invalidateQueries({ queryKey: ['auditors'] });
    },
  });
  const refusal = add.error ? asRefusal(add.error) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <Card withBorder component="section" aria-labelledby="add-auditor">
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} id="add-auditor" size="h4">
            Add an auditor
          </Title>
          {add.isSuccess && (
            <Alert color="green" role="status">
              {add.data.name} is in the pool.
            </Alert>
          )}
          <RefusalAlert refusal={refusal} fields={ADD_FIELDS} />
          <TextInput label="E-mail" type="email" required value={form.email} onChange={(event) => setForm({ ...form, email: event.currentTarget.value })} error={refusal?.field('email')} />
          <TextInput label="Name" required value={form.name} onChange={(event) => setForm({ ...form, name: event.currentTarget.value })} error={refusal?.field('name')} />
          <TextInput label="Unit" description="Auditors never audit their own unit" value={form.unit} onChange={(event) => setForm({ ...form, unit: event.currentTarget.value })} error={refusal?.field('unit')} />
          <Checkbox.Group label="Competences" description="The ISMS knowledge a team must cover together (ISO/IEC 27007 7.2.3)" value={form.competences} onChange={(competences) => setForm({ ...form, competences: competences as CompetenceArea[] })} error={refusal?.field('competences')}>
            <Stack gap={6} mt={6}>
              {ISMS_COMPETENCE_AREAS.map((area) => (
                <Checkbox key={area} value={area} label={COMPETENCE_LABEL[area]} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Checkbox label="Qualified to lead an audit team" checked={form.teamLeaderQualified} onChange={(event) => setForm({ ...form, teamLeaderQualified: event.currentTarget.checked })} error={refusal?.field('teamLeaderQualified')} />
          <Group>
            <Button type="submit" loading={add.isPending}>
              Add auditor
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
