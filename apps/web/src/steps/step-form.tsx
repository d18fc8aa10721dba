import { Alert, Select, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { actionRoute, ACTING_ROLE_HEADER, AUDIT_ACTIONS, AuditActionName, AuditRole, roleLabel } from '@auditflow/domain';
import { useMemo, useState } from 'react';
import { z } from 'zod';
import { postStep, StepRefusal } from '../api/steps';
import { FieldErrors, JsonSchema, JsonSchemaForm } from './json-schema-form';

/** One human step of an audit, its form generated from the step's own payload schema. */
export function StepForm({ auditId, action, roles, task }: { auditId: string; action: AuditActionName; roles: readonly AuditRole[]; task?: { id: string; subjectId?: string } }) {
  const spec = AUDIT_ACTIONS[action];
  const schema = useMemo(() => z.toJSONSchema(spec.payload, { io: 'input', unrepresentable: 'any' }) as JsonSchema, [spec]);
  const fixed = useMemo(() => knownFields(schema, task), [schema, task]);
  const [role, setRole] = useState<AuditRole>(roles[0]);
  const [refusal, setRefusal] = useState<StepRefusal | undefined>();
  const queryClient = useQueryClient();
  const step = useMutation({
    mutationFn: (payload: unknown) => postStep(`/audits/${encodeURIComponent(auditId)}/${actionRoute(action)}`, payload, roles.length > 1 ? { [ACTING_ROLE_HEADER]: role } : {}),
    onMutate: () => setRefusal(undefined),
    onSuccess: () => void queryClient.invalidateQueries(),
    onError: (error) => setRefusal(error instanceof StepRefusal ? error : new StepRefusal(0, String(error), {})),
  });
  const errors: FieldErrors = refusal?.fields ?? {};
  return (
    <Stack gap="sm" component="section" aria-label={spec.summary}>
      {roles.length > 1 && <Select label="Acting as" data={roles.map((value) => ({ value, label: roleLabel(value) }))} value={role} onChange={(value) => value && setRole(value as AuditRole)} allowDeselect={false} />}
      {step.isSuccess && <Alert color="green">Done: {step.data.summary}</Alert>}
      {refusal && (
        <Alert color="red" role="alert" title={refusal.title}>
          {Object.keys(refusal.fields).length ? `See what is marked below (${Object.keys(refusal.fields).join(', ')}).` : refusal.message}
        </Alert>
      )}
      <JsonSchemaForm schema={schema} fixed={fixed} submitLabel="Submit" errors={errors} busy={step.isPending} onSubmit={(payload) => step.mutate(payload)} />
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
