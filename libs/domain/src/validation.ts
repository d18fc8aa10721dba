import { z } from 'zod';
import { invalid, malformed } from './rejection';
import { textViolations } from './text';

/**
 * Parses a payload, turning the first schema issue into an `invalid` rejection that names the field and the rule.
 * Text that is not well-formed (lone surrogates, control characters) is `malformed` before any schema is asked.
 */
export function parsePayload<S extends z.ZodTypeAny>(schema: S, payload: unknown): z.output<S> {
  const [badText] = textViolations(payload);
  if (badText) throw malformed(badText.field, badText.message);
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
