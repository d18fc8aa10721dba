import { Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { asRefusal } from '../api/refusal';
import { StepForm } from './step-form';
import { idempotencyHeader, StepResult, stepResult } from './step-result';

const RESPONSE_FIELDS = ['taskId', 'response'] as const;

/** Say what is done about a monitoring threshold crossed (coverage behind plan, too many overdue actions); closes its task. */
export function RespondToKpiForm({ programmeId, taskId, onRecorded }: { programmeId: string; taskId: string; onRecorded: (result: StepResult) => void | Promise<void> }) {
  const [response, setResponse] = useState('');
  const respond = useMutation({
    mutationFn: async () => stepResult(await api.POST('/programmes/{id}/cycle/respond-to-kpi', { params: { path: { id: programmeId }, header: idempotencyHeader() }, body: { taskId, response } })),
    onSuccess: onRecorded,
  });
  const refusal = respond.error ? asRefusal(respond.error) : undefined;
  return (
    <StepForm title="Say what is done about it" fields={RESPONSE_FIELDS} refusal={refusal} busy={respond.isPending} submitLabel="Record the response" onSubmit={() => respond.mutate()}>
      <Textarea
        label="Response"
        description="For example: extra audits planned, owners of late actions escalated to"
        required
        autosize
        minRows={2}
        value={response}
        onChange={(event) => setResponse(event.currentTarget.value)}
        error={refusal?.field('response')}
      />
    </StepForm>
  );
}
