import { SetMetadata } from '@nestjs/common';

export const IDEMPOTENT_ROUTE = 'auditflow:idempotent';

/**
 * The route honours Idempotency-Key: launching an audit and every step. Other routes ignore the header, so that no
 * answer holding a secret (a new API token) is ever kept.
 */
export const Idempotent = () => SetMetadata(IDEMPOTENT_ROUTE, true);
