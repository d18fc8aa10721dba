import { z } from 'zod';
import { invalid } from './rejection';

/** Parses a payload, turning the first schema issue into an `invalid` rejection that names the field and the rule. */
export function parsePayload<S extends z.ZodTypeAny>(schema: S, payload: unknown): z.output<S> {
  const result = schema.safeParse(payload ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || '(body)';
  throw invalid(field, issue?.message ?? 'is invalid');
}

/** All issues of a failed parse, for API error bodies. */
export function describeIssues(error: z.ZodError): { field: string; rule: string; message: string }[] {
  return error.issues.map((issue) => ({ field: issue.path.join('.') || '(body)', rule: issue.code, message: issue.message }));
}
