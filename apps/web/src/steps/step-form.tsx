import { Select, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ACTING_ROLE_HEADER, AuditRole, roleLabel } from '@auditflow/domain';
import { useMemo, useState } from 'react';
import { z } from 'zod';
import { ApiRefusal, asRefusal } from '../api/refusal';
import { postStep } from '../api/steps';
import { FieldErrors, JsonSchema, JsonSchemaForm } from './json-schema-form';
import { useAnnounceOutcome } from './step-outcome';
import { RefusalAlert } from '../components/refusal-alert';

export interface StepFormProps {
  /** Where the step is posted: an audit step or a follow-up step. */
  path: string;
  summary: string;
  /** The step's payload schema from the domain: the API and the workflow validate with the same one. */
  payload: z.ZodType;
  roles: readonly AuditRole[];
  task?: { id: string; subjectId?: string };
  /** The audit the step belongs to: files its form attaches are uploaded there. */
  auditId?: string;
}

/** One human step, its form generated from the step's own payload schema. */
export function StepForm({ path, summary, payload, roles, task, auditId }: StepFormProps) {
  const schema = useMemo(() => z.toJSONSchema(payload, { io: 'input', unrepresentable: 'any' }) as JsonSchema, [payload]);
  const fixed = useMemo(() => knownFields(schema, task), [schema, task]);
  const [role, setRole] = useState<AuditRole>(roles[0]);
  const [refusal, setRefusal] = useState<ApiRefusal | undefined>();
  const queryClient = useQueryClient();
  const announce = useAnnounceOutcome();
  const step = useMutation({
    mutationFn: (body: unknown) => postStep(path, body, roles.length > 1 ? { [ACTING_ROLE_HEADER]: role } : {}),
    onMutate: () => setRefusal(undefined),
    onSuccess: (outcome) => {
      announce(outcome);
      void queryClient.invalidateQueries();
    },
    onError: (error) => setRefusal(asRefusal(error)),
  });
  const errors: FieldErrors = refusal?.fields ?? {};
  return (
    <Stack gap="sm" component="section" aria-label={summary}>
      {roles.length > 1 && <Select label="Acting as" data={roles.map((value) => ({ value, label: roleLabel(value) }))} value={role} onChange={(value) => value && setRole(value as AuditRole)} allowDeselect={false} />}
      <RefusalAlert refusal={refusal} fields={Object.keys(refusal?.fields ?? {})} />
      <JsonSchemaForm schema={schema} fixed={fixed} submitLabel="Submit" errors={errors} busy={step.isPending} onSubmit={(body) => step.mutate(body)} auditId={auditId} />
    </Stack>
  );
}

/** On a task's page: the task's id, and the id of what it is about, for the payload fields that name them. */
function knownFields(schema: JsonSchema, task: { id: string; subjectId?: string } | undefined): Record<string, unknown> {
  if (!task) return {};
  const names = Object.keys(schema.properties ?? {});
  const subjectField = ['findingId', 'documentId', 'meetingId'].find((name) => names.includes(name));
  return { ...(names.includes('taskId') ? { taskId: task.id } : {}), ...(subjectField && task.subjectId ? { [subjectField]: task.subjectId } : {}) };
}
