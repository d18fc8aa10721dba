import { BadRequestException, PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { describeIssues } from '../../../../libs/domain/src/validation';

/** Validates a request part against a shared zod schema; a 400 names every field and the rule it broke. */
export class ZodPipe<S extends z.ZodTypeAny> implements PipeTransform<unknown, z.output<S>> {
  constructor(
    private readonly schema: S,
    private readonly part: 'body' | 'query' = 'body',
  ) {}

  transform(value: unknown): z.output<S> {
    const result = this.schema.safeParse(value ?? {});
    if (result.success) return result.data;
    const violations = describeIssues(result.error).map((violation) => ({ ...violation, field: this.part === 'query' ? `query.${violation.field}` : violation.field }));
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: violations.map((violation) => `${violation.field}: ${violation.message}`).join('; '),
      violations,
    });
  }
}
