import { Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { asRefusal } from '../api/refusal';
import { lines } from './lines';
import { StepForm } from './step-form';
import { idempotencyHeader, StepResult, stepResult } from './step-result';

const REVIEW_FIELDS = ['taskId', 'lessonsLearned', 'riskTreatmentEffectiveness', 'auditorDevelopment', 'decisions'] as const;
const EMPTY = { lessonsLearned: '', riskTreatmentEffectiveness: '', auditorDevelopment: '', decisions: '' };

/** Record the programme review (ISO 19011 5.7) of its task; the record keeps the KPIs of this moment. */
export function ReviewForm({ programmeId, taskId, onRecorded }: { programmeId: string; taskId: string; onRecorded: (result: StepResult) => void | Promise<void> }) {
  const [form, setForm] = useState(EMPTY);
  const review = useMutation({
    mutationFn: async () =>
      stepResult(
        await api.POST('/programmes/{id}/cycle/review', {
          params: { path: { id: programmeId }, header: idempotencyHeader() },
          body: { taskId, lessonsLearned: lines(form.lessonsLearned), riskTreatmentEffectiveness: form.riskTreatmentEffectiveness, auditorDevelopment: form.auditorDevelopment, decisions: lines(form.decisions) },
        }),
      ),
    onSuccess: onRecorded,
  });
  const refusal = review.error ? asRefusal(review.error) : undefined;
  const text = (name: keyof typeof EMPTY) => ({ value: form[name], onChange: (event: { currentTarget: { value: string } }) => setForm({ ...form, [name]: event.currentTarget.value }), error: refusal?.field(name) });
  return (
    <StepForm title="Record the programme review" fields={REVIEW_FIELDS} refusal={refusal} busy={review.isPending} submitLabel="Record the review" onSubmit={() => review.mutate()}>
      <Textarea label="Lessons learned" description="From the completed audits (6.6); one per line" autosize minRows={2} {...text('lessonsLearned')} />
      <Textarea label="Risk treatment effectiveness" description="How well the programme's treatments of its own risks and opportunities worked" required autosize minRows={2} {...text('riskTreatmentEffectiveness')} />
      <Textarea label="Auditor development" description="How the auditors developed, and what they need" required autosize minRows={2} {...text('auditorDevelopment')} />
      <Textarea label="Decisions" description="One per line; a change they need is made as a new programme version" autosize minRows={2} {...text('decisions')} />
    </StepForm>
  );
}
