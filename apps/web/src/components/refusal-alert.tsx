import { Alert } from '@mantine/core';
import { ApiRefusal } from '../api/refusal';

/**
 * What a form says above its fields when the API refused it: where to look when the refusal named fields of the form
 * (their messages are beside them), else the refusal's own words.
 */
export function RefusalAlert({ refusal, fields }: { refusal: ApiRefusal | undefined; fields: readonly string[] }) {
  if (!refusal) return null;
  const named = Object.keys(refusal.fields).length > 0;
  const elsewhere = refusal.otherFields(fields);
  return (
    <Alert color="red" role="alert" title={refusal.title}>
      {named && elsewhere.length === 0 ? 'See what is marked below.' : refusal.message}
    </Alert>
  );
}
