import { z } from 'zod';

/** JSON schema for OpenAPI, generated from the same zod schema that validates the request. */
export function openApiSchema(schema: z.ZodTypeAny): Record<string, unknown> {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io: 'input', target: 'openapi-3.0', unrepresentable: 'any' }) as Record<string, unknown>;
  return json;
}

export const ERROR_SCHEMA = {
  type: 'object',
  properties: {
    statusCode: { type: 'integer' },
    error: { type: 'string' },
    message: { type: 'string', description: 'what is wrong, naming the field and the rule, or why the action is not allowed now' },
    violations: {
      type: 'array',
      items: { type: 'object', properties: { field: { type: 'string' }, rule: { type: 'string' }, message: { type: 'string' } } },
    },
  },
  required: ['statusCode', 'error', 'message'],
};
