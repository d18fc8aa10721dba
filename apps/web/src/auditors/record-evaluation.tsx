import { Alert, Button, Card, Group, NativeSelect, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { auditorEvaluationSchema } from '@auditflow/domain';
import { FormEvent, useState } from 'react';
import { api } from '../api/client';
import { ApiRefusal, asRefusal } from '../api/refusal';
import { RefusalAlert } from '../components/refusal-alert';
import { useSession } from '../session';
import type { EvaluationInput, EvaluationMethod } from './data';
import { METHOD_LABEL } from './labels';

const EVALUATION_FIELDS = ['evaluatedBy', 'method', 'criteria', 'result', 'gaps', 'note'] as const;

/** Lines of a text area as a list, the empty ones dropped. */
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function RecordEvaluation({ auditorId, auditorName }: { auditorId: string; auditorName: string }) {
  const { person } = useSession();
  const empty = { evaluatedBy: person.name, method: 'record-review' as EvaluationMethod, criteria: '', result: '', gaps: '', note: '' };
  const [form, setForm] = useState(empty);
  const queryClient = useQueryClient();
  const record = useMutation({
    mutationFn: async () => {
      const body: EvaluationInput = { evaluatedBy: form.evaluatedBy, method: form.method, criteria: lines(form.criteria), result: form.result, gaps: lines(form.gaps), ...(form.note.trim() ? { note: form.note } : {}) };
      const { data, error, response } = await api.POST('/auditors/{id}/evaluations', { params: { path: { id: auditorId } }, body });
      if (!data) throw ApiRefusal.of(response, error);
      return data;
    },
    onSuccess: async () => {
      setForm(empty);
      await queryClient.invalidateQueries({ queryKey: ['auditors'] });
    },
  });
  const refusal = record.error ? asRefusal(record.error) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate();
  };
  const headingId = `evaluate-${auditorId}`;
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <Title order={3} size="h5" id={headingId}>
            Record an evaluation of {auditorName}
          </Title>
          {record.isSuccess && (
            <Alert color="green" role="status">
              Evaluation recorded.
            </Alert>
          )}
          <RefusalAlert refusal={refusal} fields={EVALUATION_FIELDS} />
          <TextInput label="Evaluated by" required value={form.evaluatedBy} onChange={(event) => setForm({ ...form, evaluatedBy: event.currentTarget.value })} error={refusal?.field('evaluatedBy')} />
          <NativeSelect
            label="Method"
            description="ISO 19011 7.4"
            required
            data={auditorEvaluationSchema.shape.method.options.map((value) => ({ value, label: METHOD_LABEL[value] }))}
            value={form.method}
            onChange={(event) => setForm({ ...form, method: event.currentTarget.value as EvaluationMethod })}
            error={refusal?.field('method')}
          />
          <Textarea label="Criteria" description="One per line" required autosize minRows={2} value={form.criteria} onChange={(event) => setForm({ ...form, criteria: event.currentTarget.value })} error={refusal?.field('criteria')} />
          <Textarea label="Result" required autosize minRows={2} value={form.result} onChange={(event) => setForm({ ...form, result: event.currentTarget.value })} error={refusal?.field('result')} />
          <Textarea label="Gaps" description="One per line; what training or experience should close them" autosize minRows={2} value={form.gaps} onChange={(event) => setForm({ ...form, gaps: event.currentTarget.value })} error={refusal?.field('gaps')} />
          <Textarea label="Note" autosize minRows={1} value={form.note} onChange={(event) => setForm({ ...form, note: event.currentTarget.value })} error={refusal?.field('note')} />
          <Group>
            <Button type="submit" loading={record.isPending}>
              Record evaluation
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
