import { createHash, randomBytes } from 'node:crypto';

/** A fresh secret for a cookie, link or token: 32 random bytes, URL-safe. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored instead of a secret: its SHA-256. The secrets are random, so no salt or slow hash is needed. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

/** API tokens carry a recognisable prefix, so scanners find leaked ones and the guard tells them from JWTs. */
export const API_TOKEN_PREFIX = 'aft_';
