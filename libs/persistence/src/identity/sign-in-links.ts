import { ReadModelSource } from '../read-model/source';

export type SignInLinkPurpose = 'sign-in' | 'setup';

export interface SignInLinkRecord {
  purpose: SignInLinkPurpose;
  email?: string;
  returnTo?: string;
}

export async function insertSignInLink(db: ReadModelSource, link: { tokenHash: string; purpose: SignInLinkPurpose; email?: string; returnTo?: string; expiresAt: Date }): Promise<void> {
  await db.query(`INSERT INTO sign_in_links (token_hash, purpose, email, return_to, expires_at) VALUES ($1, $2, $3, $4, $5)`, [
    link.tokenHash,
    link.purpose,
    link.email ?? null,
    link.returnTo ?? null,
    link.expiresAt,
  ]);
}

/** Looks a link up without using it: undefined when it is unknown, used or expired. */
export async function peekSignInLink(db: ReadModelSource, tokenHash: string, purpose: SignInLinkPurpose): Promise<SignInLinkRecord | undefined> {
  const [row] = await db.query(`SELECT purpose, email, return_to FROM sign_in_links WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()`, [
    tokenHash,
    purpose,
  ]);
  return row ? { purpose: row.purpose, email: row.email ?? undefined, returnTo: row.return_to ?? undefined } : undefined;
}

/** Uses the link: one statement marks it used, so of two concurrent uses exactly one gets it. */
export async function consumeSignInLink(db: ReadModelSource, tokenHash: string, purpose: SignInLinkPurpose): Promise<SignInLinkRecord | undefined> {
  const [rows] = await db.query(
    `UPDATE sign_in_links SET used_at = now() WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now() RETURNING purpose, email, return_to`,
    [tokenHash, purpose],
  );
  const row = rows?.[0];
  return row ? { purpose: row.purpose, email: row.email ?? undefined, returnTo: row.return_to ?? undefined } : undefined;
}

/** An unused, unexpired setup link exists (so a restart does not print a second one). */
export async function hasOpenSetupLink(db: ReadModelSource): Promise<boolean> {
  const [row] = await db.query(`SELECT 1 FROM sign_in_links WHERE purpose = 'setup' AND used_at IS NULL AND expires_at > now() LIMIT 1`);
  return Boolean(row);
}

/** Notes a request for a link and says how many this address and this IP made within the window, this one included. */
export async function countSignInRequest(db: ReadModelSource, email: string, ip: string, windowMs: number): Promise<{ byAddress: number; byIp: number }> {
  await db.query(`INSERT INTO sign_in_requests (email, ip) VALUES ($1, $2)`, [email, ip]);
  const [row] = await db.query(
    `SELECT count(*) FILTER (WHERE email = $1)::int AS by_address, count(*) FILTER (WHERE ip = $2)::int AS by_ip
     FROM sign_in_requests WHERE requested_at > now() - ($3::bigint * interval '1 millisecond') AND (email = $1 OR ip = $2)`,
    [email, ip, windowMs],
  );
  return { byAddress: row.by_address, byIp: row.by_ip };
}

export async function insertSsoSignIn(db: ReadModelSource, flow: { stateHash: string; codeVerifier: string; nonce: string; returnTo?: string; expiresAt: Date }): Promise<void> {
  await db.query(`INSERT INTO sso_sign_ins (state_hash, code_verifier, nonce, return_to, expires_at) VALUES ($1, $2, $3, $4, $5)`, [
    flow.stateHash,
    flow.codeVerifier,
    flow.nonce,
    flow.returnTo ?? null,
    flow.expiresAt,
  ]);
}

/** Takes the pending round trip (once): the callback can be completed a single time. */
export async function takeSsoSignIn(db: ReadModelSource, stateHash: string): Promise<{ codeVerifier: string; nonce: string; returnTo?: string } | undefined> {
  const [rows] = await db.query(`DELETE FROM sso_sign_ins WHERE state_hash = $1 AND expires_at > now() RETURNING code_verifier, nonce, return_to`, [stateHash]);
  const row = rows?.[0];
  return row ? { codeVerifier: row.code_verifier, nonce: row.nonce, returnTo: row.return_to ?? undefined } : undefined;
}
