import { Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { asRefusal } from '../api/refusal';
import { StepForm } from './step-form';
import { idempotencyHeader, StepResult, stepResult } from './step-result';

const DECISION_FIELDS = ['taskId', 'decision'] as const;

/** Decide how a coverage gap is closed (an extra audit, a merged window, an accepted risk); closes its task. */
export function DecideGapForm({ programmeId, taskId, onRecorded }: { programmeId: string; taskId: string; onRecorded: (result: StepResult) => void | Promise<void> }) {
  const [decision, setDecision] = useState('');
  const decide = useMutation({
    mutationFn: async () => stepResult(await api.POST('/programmes/{id}/cycle/decide-gap', { params: { path: { id: programmeId }, header: idempotencyHeader() }, body: { taskId, decision } })),
    onSuccess: onRecorded,
  });
  const refusal = decide.error ? asRefusal(decide.error) : undefined;
  return (
    <StepForm title="Decide how the gap is closed" fields={DECISION_FIELDS} refusal={refusal} busy={decide.isPending} submitLabel="Record the decision" onSubmit={() => decide.mutate()}>
      <Textarea
        label="Decision"
        description="An extra audit, a merged window or an accepted risk"
        required
        autosize
        minRows={2}
        value={decision}
        onChange={(event) => setDecision(event.currentTarget.value)}
        error={refusal?.field('decision')}
      />
    </StepForm>
  );
}
