import { Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { asRefusal } from '../api/refusal';
import { StepForm } from './step-form';
import { idempotencyHeader, StepResult, stepResult } from './step-result';

const SKIP_FIELDS = ['reason'] as const;

/** Skip a window with the reason (kept on the plan and the timeline); the answer names the coverage it loses. */
export function SkipWindowForm({ programmeId, windowId, onRecorded }: { programmeId: string; windowId: string; onRecorded: (result: StepResult) => void | Promise<void> }) {
  const [reason, setReason] = useState('');
  const skip = useMutation({
    mutationFn: async () =>
      stepResult(await api.POST('/programmes/{id}/cycle/windows/{windowId}/skip', { params: { path: { id: programmeId, windowId }, header: idempotencyHeader() }, body: { reason } })),
    onSuccess: onRecorded,
  });
  const refusal = skip.error ? asRefusal(skip.error) : undefined;
  return (
    <StepForm title={`Skip window ${windowId}`} fields={SKIP_FIELDS} refusal={refusal} busy={skip.isPending} submitLabel="Skip the window" onSubmit={() => skip.mutate()}>
      <Textarea label="Reason" description="Kept on the plan and the timeline" required autosize minRows={2} value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={refusal?.field('reason')} />
    </StepForm>
  );
}
