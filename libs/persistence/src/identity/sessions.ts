import type { SignInMethod } from '@auditflow/domain';
import { ReadModelSource } from '../read-model/source';
import { Person, personColumns, toPerson } from './people';

export type SessionMethod = Exclude<SignInMethod, 'token'>;

/** What a request needs of its session: how it was signed in, and the token that changes must carry. */
export interface SessionRecord {
  idHash: string;
  method: SessionMethod;
  csrfToken: string;
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
 * is shorter, to spare writes). One statement, so one round trip per signed-in request: the UPDATE in the CTE only
 * touches a session the SELECT found.
 */
export async function useSession(db: ReadModelSource, idHash: string, idleMs: number): Promise<{ session: SessionRecord; person: Person } | undefined> {
  const touchAfterMs = Math.min(60_000, Math.floor(idleMs / 2));
  const [row] = await db.query(
    `WITH found AS (
       SELECT s.method AS session_method, s.csrf_token AS session_csrf_token, ${personColumns('p')}
       FROM sessions s JOIN people p ON p.id = s.person_id
       WHERE s.id_hash = $1 AND s.ended_at IS NULL AND s.expires_at > now() AND s.last_seen_at > now() - ($2::bigint * interval '1 millisecond')
     ), touched AS (
       UPDATE sessions SET last_seen_at = now()
       WHERE id_hash = $1 AND EXISTS (SELECT 1 FROM found) AND last_seen_at < now() - ($3::bigint * interval '1 millisecond')
     )
     SELECT * FROM found`,
    [idHash, idleMs, touchAfterMs],
  );
  if (!row) return undefined;
  const { session_method: method, session_csrf_token: csrfToken, ...person } = row;
  return { session: { idHash, method, csrfToken }, person: toPerson(person) };
}

export async function endSession(db: ReadModelSource, idHash: string, reason: string): Promise<void> {
  await db.query(`UPDATE sessions SET ended_at = now(), ended_reason = $2 WHERE id_hash = $1 AND ended_at IS NULL`, [idHash, reason]);
}

/** Ends every open session of the person at once (deactivation, sign-out everywhere). */
export async function endSessionsOf(db: ReadModelSource, personId: string, reason: string): Promise<void> {
  await db.query(`UPDATE sessions SET ended_at = now(), ended_reason = $2 WHERE person_id = $1 AND ended_at IS NULL`, [personId, reason]);
}
