import type { Token } from './data';

export function tokenState(token: Token, now = Date.now()): 'revoked' | 'expired' | 'active' {
  if (token.revokedAt) return 'revoked';
  return Date.parse(token.expiresAt) <= now ? 'expired' : 'active';
}
