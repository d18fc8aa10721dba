import { Button, Card, Group, NativeSelect, Radio, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { api } from '../api/client';
import { ApiRefusal, asRefusal } from '../api/refusal';
import { RefusalAlert } from '../components/refusal-alert';
import type { CreatedToken } from './data';

const LIFETIMES = [
  { value: 'P30D', label: '30 days' },
  { value: 'P90D', label: '90 days' },
  { value: 'P180D', label: '180 days' },
  { value: 'P1Y', label: '1 year' },
];
const FORM_FIELDS = ['name', 'scope', 'expiresIn'] as const;

export function CreateToken({ onCreated }: { onCreated: (token: CreatedToken) => void }) {
  const [name, setName] = useState('');
  const [scope, setScope] = useState<'read' | 'act'>('read');
  const [expiresIn, setExpiresIn] = useState('P90D');
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: async () => {
      const { data, error, response } = await api.POST('/tokens', { body: { name, scope, expiresIn } });
      if (!data) throw ApiRefusal.of(response, error);
      return data;
    },
    onSuccess: (token) => {
      setName('');
      onCreated(token);
      void queryClient.invalidateQueries({ queryKey: ['tokens'] });
    },
  });
  const refusal = create.error ? asRefusal(create.error) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Card withBorder component="section" aria-labelledby="new-token">
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} id="new-token" size="h4">
            New token
          </Title>
          <RefusalAlert refusal={refusal} fields={FORM_FIELDS} />
          <TextInput label="Name" description='What it is for, e.g. "nightly export"' required value={name} onChange={(event) => setName(event.currentTarget.value)} error={refusal?.field('name')} />
          <Radio.Group label="Scope" value={scope} onChange={(value) => setScope(value as 'read' | 'act')} error={refusal?.field('scope')}>
            <Stack gap={6} mt={6}>
              <Radio value="read" label="Read" description="Reads only (GET)" />
              <Radio value="act" label="Act" description="Reads, and takes the audit steps you may take" />
            </Stack>
          </Radio.Group>
          <NativeSelect label="Expires after" data={LIFETIMES} value={expiresIn} onChange={(event) => setExpiresIn(event.currentTarget.value)} error={refusal?.field('expiresIn')} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              Create token
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
