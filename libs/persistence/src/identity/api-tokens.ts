import { plainRow } from '../read-model/rows';
import { ReadModelSource } from '../read-model/source';

export type ApiTokenScope = 'read' | 'act';

/** What is known of a token after it was shown once: never the token itself. */
export interface ApiTokenRecord {
  id: string;
  personId: string;
  name: string;
  prefix: string;
  scope: ApiTokenScope;
  createdAt: string;
  expiresAt: string;
  revokedAt?: string;
  lastUsedAt?: string;
}

const COLUMNS = 'id, person_id, name, prefix, scope, created_at, expires_at, revoked_at, last_used_at';

export async function insertApiToken(db: ReadModelSource, token: { personId: string; name: string; tokenHash: string; prefix: string; scope: ApiTokenScope; expiresAt: Date }): Promise<ApiTokenRecord> {
  const [row] = await db.query(`INSERT INTO api_tokens (person_id, name, token_hash, prefix, scope, expires_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`, [
    token.personId,
    token.name,
    token.tokenHash,
    token.prefix,
    token.scope,
    token.expiresAt,
  ]);
  return plainRow<ApiTokenRecord>(row);
}

export async function listApiTokens(db: ReadModelSource, personId?: string): Promise<ApiTokenRecord[]> {
  const rows = await db.query(`SELECT ${COLUMNS} FROM api_tokens ${personId ? 'WHERE person_id = $1' : ''} ORDER BY created_at DESC`, personId ? [personId] : []);
  return rows.map((row: Record<string, unknown>) => plainRow<ApiTokenRecord>(row));
}

export async function findApiToken(db: ReadModelSource, id: string): Promise<ApiTokenRecord | undefined> {
  const [row] = await db.query(`SELECT ${COLUMNS} FROM api_tokens WHERE id = $1`, [id]);
  return row ? plainRow<ApiTokenRecord>(row) : undefined;
}

/** The live token with this hash (not revoked, not expired); its last use moves to now. */
export async function useApiToken(db: ReadModelSource, tokenHash: string): Promise<ApiTokenRecord | undefined> {
  const [rows] = await db.query(
    `UPDATE api_tokens SET last_used_at = now() WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now() RETURNING ${COLUMNS}`,
    [tokenHash],
  );
  const row = rows?.[0];
  return row ? plainRow<ApiTokenRecord>(row) : undefined;
}

export async function revokeApiToken(db: ReadModelSource, id: string): Promise<ApiTokenRecord | undefined> {
  const [rows] = await db.query(`UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, now()) WHERE id = $1 RETURNING ${COLUMNS}`, [id]);
  const row = rows?.[0];
  return row ? plainRow<ApiTokenRecord>(row) : undefined;
}

export async function revokeApiTokensOf(db: ReadModelSource, personId: string): Promise<void> {
  await db.query(`UPDATE api_tokens SET revoked_at = now() WHERE person_id = $1 AND revoked_at IS NULL`, [personId]);
}
