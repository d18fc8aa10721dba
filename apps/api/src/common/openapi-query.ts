import { applyDecorators } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';
import { openApiSchema } from './openapi-schema';

/**
 * Documents every query parameter of a list from the zod object that validates the query, so each one is typed
 * (what a client may send, before any transform) and none can be added without its documentation.
 */
export function ApiQueryFrom(schema: z.ZodObject, descriptions: Record<string, string> = {}): MethodDecorator {
  const json = openApiSchema(schema) as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  return applyDecorators(
    ...Object.entries(json.properties ?? {}).map(([name, { description, ...parameter }]) =>
      ApiQuery({ name, required: json.required?.includes(name) ?? false, description: descriptions[name] ?? (description as string | undefined), schema: parameter }),
    ),
  );
}
