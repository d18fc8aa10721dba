import { BadRequestException, PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { describeIssues, textViolations } from '@auditflow/domain';

/** Validates a request part against a shared zod schema; a 400 names every field and the rule it broke. */
export class ZodPipe<S extends z.ZodTypeAny> implements PipeTransform<unknown, z.output<S>> {
  constructor(
    private readonly schema: S,
    private readonly part: 'body' | 'query' = 'body',
  ) {}

  transform(value: unknown): z.output<S> {
    const badText = textViolations(value);
    if (badText.length) throw this.refuse(badText);
    const result = this.schema.safeParse(value ?? {});
    if (result.success) return result.data;
    throw this.refuse(describeIssues(result.error));
  }

  private refuse(issues: { field: string; rule: string; message: string }[]): BadRequestException {
    const violations = issues.map((violation) => ({ ...violation, field: this.part === 'query' ? `query.${violation.field}` : violation.field }));
    return new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: violations.map((violation) => `${violation.field}: ${violation.message}`).join('; '),
      violations,
    });
  }
}
