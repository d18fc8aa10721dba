import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * What an incoming x-request-id may be to be reused: up to 128 letters, digits and `-_.:` (UUIDs, trace ids,
 * proxies' ids). Anything else (too long, spaces, control characters) could forge or garble log lines.
 */
const WELL_FORMED = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request's id: the caller's x-request-id when well-formed, else a fresh UUID; answered in the same header. */
export function requestId(request: IncomingMessage, response: ServerResponse): string {
  const incoming = request.headers[REQUEST_ID_HEADER];
  const id = typeof incoming === 'string' && WELL_FORMED.test(incoming) ? incoming : randomUUID();
  response.setHeader(REQUEST_ID_HEADER, id);
  return id;
}
