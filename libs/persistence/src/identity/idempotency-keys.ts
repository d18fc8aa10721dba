import { ReadModelSource } from '../read-model/source';

export type IdempotencyClaim =
  | { state: 'new' }
  | { state: 'in-flight' }
  | { state: 'done'; status: number; response: unknown }
  | { state: 'different-request' };

/**
 * Claims a key for a request: new, or seen before for the same request (finished with a stored answer, or not
 * finished: still in flight, or failed, and then processed again, which the steps behind it allow), or seen before
 * for a different request. An expired key is forgotten first.
 */
export async function claimIdempotencyKey(
  db: ReadModelSource,
  claim: { personId: string; key: string; requestHash: string; method: string; path: string; expiresAt: Date },
): Promise<IdempotencyClaim> {
  await db.query(`DELETE FROM idempotency_keys WHERE person_id = $1 AND key = $2 AND expires_at <= now()`, [claim.personId, claim.key]);
  const inserted = await db.query(
    `INSERT INTO idempotency_keys (person_id, key, request_hash, method, path, expires_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (person_id, key) DO NOTHING RETURNING key`,
    [claim.personId, claim.key, claim.requestHash, claim.method, claim.path, claim.expiresAt],
  );
  if (inserted.length) return { state: 'new' };
  const [row] = await db.query(`SELECT request_hash, status, response FROM idempotency_keys WHERE person_id = $1 AND key = $2`, [claim.personId, claim.key]);
  if (!row || row.request_hash !== claim.requestHash) return { state: 'different-request' };
  return row.status === null ? { state: 'in-flight' } : { state: 'done', status: row.status, response: row.response };
}

export async function storeIdempotentResponse(db: ReadModelSource, personId: string, key: string, status: number, response: unknown): Promise<void> {
  await db.query(`UPDATE idempotency_keys SET status = $3, response = $4 WHERE person_id = $1 AND key = $2`, [personId, key, status, JSON.stringify(response ?? null)]);
}

export async function purgeExpiredIdempotencyKeys(db: ReadModelSource): Promise<void> {
  await db.query(`DELETE FROM idempotency_keys WHERE expires_at <= now()`);
}
