import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { malformed } from '@auditflow/domain';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

/** The header as an OpenAPI parameter, for every POST that takes it. */
export const IDEMPOTENCY_KEY_PARAMETER = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description: 'any unique string (a UUID): a retry with the same key and body answers the first answer and takes effect once; kept for IDEMPOTENCY_KEY_TTL',
  schema: { type: 'string', maxLength: 200 },
};

/** 1 to 200 printable ASCII characters (a UUID is the usual choice). */
const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/** The request's Idempotency-Key, if any; a malformed one is a 400 naming the header. */
export function readIdempotencyKey(request: Request): string | undefined {
  const value = request.headers[IDEMPOTENCY_KEY_HEADER];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !KEY_PATTERN.test(value)) throw malformed(`header.${IDEMPOTENCY_KEY_HEADER}`, 'must be 1 to 200 printable ASCII characters, e.g. a UUID');
  return value;
}

/** The key the idempotency interceptor accepted for this request (undefined without one). */
export const IdempotencyKey = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string | undefined => context.switchToHttp().getRequest<Request & { idempotencyKey?: string }>().idempotencyKey,
);
