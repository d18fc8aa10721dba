import { UnauthorizedException } from '@nestjs/common';

export const BEARER_CHALLENGE = 'Bearer realm="auditflow"';

/** Not signed in, or the credentials did not verify: a 401 that a browser on a page is sent to sign in from. */
export function unauthorized(message: string): UnauthorizedException {
  return new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message });
}
