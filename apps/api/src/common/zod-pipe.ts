import { BadRequestException, PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { describeIssues, textViolations } from '@auditflow/domain';

type RequestPart = 'body' | 'query';

/**
 * Validates a request part against a shared zod schema; a 400 names every field and the rule it broke. Used by
 * ZodPipe for what a route declares, and directly by services whose schema depends on the route (the step's action).
 */
export function parseRequest<S extends z.ZodTypeAny>(schema: S, value: unknown, part: RequestPart = 'body'): z.output<S> {
  const badText = textViolations(value);
  if (badText.length) throw refuse(badText, part);
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  throw refuse(describeIssues(result.error), part);
}

function refuse(issues: { field: string; rule: string; message: string }[], part: RequestPart): BadRequestException {
  const violations = issues.map((violation) => ({ ...violation, field: part === 'query' ? `query.${violation.field}` : violation.field }));
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: violations.map((violation) => `${violation.field}: ${violation.message}`).join('; '),
    violations,
  });
}

/** A route's body or query, validated by parseRequest. */
export class ZodPipe<S extends z.ZodTypeAny> implements PipeTransform<unknown, z.output<S>> {
  constructor(
    private readonly schema: S,
    private readonly part: RequestPart = 'body',
  ) {}

  transform(value: unknown): z.output<S> {
    return parseRequest(this.schema, value, this.part);
  }
}
