import type { SignInMethod } from '../../../domain/src/roles';
import { ReadModelSource } from '../read-model/source';
import { Person } from './people';
import { findPersonById } from './people';

export type SessionMethod = Exclude<SignInMethod, 'token'>;

export interface SessionRecord {
  idHash: string;
  personId: string;
  method: SessionMethod;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export async function insertSession(
  db: ReadModelSource,
  session: { idHash: string; personId: string; method: SessionMethod; csrfToken: string; expiresAt: Date; ip?: string; userAgent?: string },
): Promise<void> {
  await db.query(
    `INSERT INTO sessions (id_hash, person_id, method, csrf_token, expires_at, ip, user_agent) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [session.idHash, session.personId, session.method, session.csrfToken, session.expiresAt, session.ip ?? null, session.userAgent?.slice(0, 500) ?? null],
  );
}

/**
 * The open session with this id hash and its person, if the session is neither ended, past its absolute expiry, nor
 * idle longer than `idleMs`; its last-seen time moves to now (at most once a minute, or half the idle time when that
 * is shorter, to spare writes).
 */
export async function useSession(db: ReadModelSource, idHash: string, idleMs: number): Promise<{ session: SessionRecord; person: Person } | undefined> {
  const [row] = await db.query(
    `SELECT id_hash, person_id, method, csrf_token, created_at, last_seen_at, expires_at FROM sessions
     WHERE id_hash = $1 AND ended_at IS NULL AND expires_at > now() AND last_seen_at > now() - ($2::bigint * interval '1 millisecond')`,
    [idHash, idleMs],
  );
  if (!row) return undefined;
  const person = await findPersonById(db, row.person_id);
  if (!person) return undefined;
  const touchAfterMs = Math.min(60_000, Math.floor(idleMs / 2));
  await db.query(`UPDATE sessions SET last_seen_at = now() WHERE id_hash = $1 AND last_seen_at < now() - ($2::bigint * interval '1 millisecond')`, [idHash, touchAfterMs]);
  return {
    session: { idHash: row.id_hash, personId: row.person_id, method: row.method, csrfToken: row.csrf_token, createdAt: row.created_at, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at },
    person,
  };
}

export async function endSession(db: ReadModelSource, idHash: string, reason: string): Promise<void> {
  await db.query(`UPDATE sessions SET ended_at = now(), ended_reason = $2 WHERE id_hash = $1 AND ended_at IS NULL`, [idHash, reason]);
}

/** Ends every open session of the person at once (deactivation, sign-out everywhere). */
export async function endSessionsOf(db: ReadModelSource, personId: string, reason: string): Promise<void> {
  await db.query(`UPDATE sessions SET ended_at = now(), ended_reason = $2 WHERE person_id = $1 AND ended_at IS NULL`, [personId, reason]);
}
