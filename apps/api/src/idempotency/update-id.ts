import { createHash } from 'node:crypto';

/** The Temporal Update id of a request with an Idempotency-Key: Temporal runs an Update with one id once. */
export function updateIdFor(personId: string, key: string | undefined): string | undefined {
  return key === undefined ? undefined : `idempotency:${personId}:${key}`;
}

/** The id of an audit launched with an Idempotency-Key: the same for every retry, a UUID in form. */
export function auditIdFor(personId: string, key: string): string {
  const hex = createHash('sha256').update(`audit:${personId}:${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
