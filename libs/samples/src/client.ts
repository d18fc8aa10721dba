import { randomUUID } from 'node:crypto';

/**
 * A client of Auditflow's public HTTP API that acts as signed-in people: each person signs in once, through a real
 * sign-in flow supplied by the caller (an e-mail link read from a mailbox, or single sign-on), and every request
 * carries their session cookie and CSRF token.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    what: string,
  ) {
    super(`${what} answered ${status}: ${JSON.stringify(body)}`);
  }
}

/** What a signed-in person sends with each request. */
export interface Session {
  email: string;
  cookie: string;
  csrfToken: string;
}

export type SignIn = (email: string) => Promise<Session>;

export interface Response<T> {
  status: number;
  headers: Headers;
  body: T;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export class AuditflowClient {
  private readonly sessions = new Map<string, Promise<Session>>();

  constructor(
    readonly baseUrl: string,
    private readonly signIn: SignIn,
  ) {}

  /** The person's session, signing them in on first use. */
  session(email: string): Promise<Session> {
    const key = email.toLowerCase();
    let session = this.sessions.get(key);
    if (!session) {
      session = this.signIn(key);
      session.catch(() => this.sessions.delete(key));
      this.sessions.set(key, session);
    }
    return session;
  }

  /** Forgets a session (after a sign-out or a deactivation), so the next request signs in again. */
  forget(email: string): void {
    this.sessions.delete(email.toLowerCase());
  }

  /** Any request as the person (or anonymously with `as: undefined`); answers are returned, not thrown. */
  async request<T = Json>(method: string, path: string, as: string | undefined, body?: unknown, headers: Record<string, string> = {}): Promise<Response<T>> {
    const response = await this.send(method, path, as, body, headers);
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, headers: response.headers, body: parsed as T };
  }

  get<T = Json>(path: string, as: string | undefined, headers?: Record<string, string>) {
    return this.request<T>('GET', path, as, undefined, headers);
  }

  /** A GET whose answer is read as bytes (files, exports, the report document), as the person. */
  async download(path: string, as: string | undefined): Promise<Response<Buffer>> {
    const response = await this.send('GET', path, as);
    return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
  }

  /** The HTTP exchange of every call: the person's session cookie and CSRF token, JSON body, no redirects followed. */
  private async send(method: string, path: string, as: string | undefined, body?: unknown, headers: Record<string, string> = {}): Promise<globalThis.Response> {
    const session = as ? await this.session(as) : undefined;
    return fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: 'manual',
      signal: AbortSignal.timeout(60_000),
    });
  }

  /**
   * POST that must succeed, as a careful client sends it: with an Idempotency-Key, retried with the same key while
   * the answer is 503 (the workflows are busy or away), after the Retry-After it names, for up to two minutes.
   * Throws an HttpError with any other refusal.
   */
  async post<T = Json>(path: string, as: string | undefined, body: unknown, headers: Record<string, string> = {}): Promise<T> {
    const keyed = { 'idempotency-key': randomUUID(), ...headers };
    const giveUpAt = Date.now() + 120_000;
    for (;;) {
      const response = await this.request<T>('POST', path, as, body, keyed);
      if (response.status === 503 && Date.now() < giveUpAt) {
        await new Promise((resolve) => setTimeout(resolve, 1000 * Number(response.headers.get('retry-after') ?? 1)));
        continue;
      }
      if (response.status >= 300) throw new HttpError(response.status, response.body, `POST ${path}`);
      return response.body;
    }
  }
}

/** The session cookie a response set, as `name=value`. */
export function sessionCookie(response: { headers: Headers }): string {
  const cookie = response.headers.getSetCookie().find((line) => /^(__Host-)?auditflow_session=[^;]+/.test(line));
  if (!cookie) throw new Error('the answer set no session cookie');
  return cookie.split(';')[0]!;
}

/**
 * Signs in with an e-mail link: asks for one, waits until `readLink` finds it in the person's mail, and uses it.
 * `readLink` returns the newest sign-in link sent to the address after `since`, or undefined while none arrived.
 */
export async function signInWithLink(baseUrl: string, email: string, readLink: (email: string, since: Date) => Promise<string | undefined>): Promise<Session> {
  const since = new Date();
  const asked = await fetch(`${baseUrl}/auth/sign-in-link`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email }) });
  if (asked.status !== 202) throw new HttpError(asked.status, await asked.text(), 'POST /auth/sign-in-link');
  const deadline = Date.now() + 30_000;
  let link: string | undefined;
  while (!(link = await readLink(email, since))) {
    if (Date.now() > deadline) throw new Error(`no sign-in link reached ${email} within 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const token = new URL(link).searchParams.get('token');
  const used = await fetch(`${baseUrl}/auth/link`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) });
  const body = (await used.json()) as { csrfToken?: string };
  if (used.status !== 200 || !body.csrfToken) throw new HttpError(used.status, body, 'POST /auth/link');
  return { email, cookie: sessionCookie(used), csrfToken: body.csrfToken };
}

/** The sign-in link in a mail's text, if it is a sign-in mail. */
export function signInLinkIn(text: string): string | undefined {
  return /https?:\/\/\S+\/auth\/link\?token=[\w%-]+/.exec(text)?.[0];
}

/** What a mailbox shows of a received mail (the local mailbox, or its JSON page). */
export interface ReceivedMail {
  subject: string;
  text: string;
  receivedAt: Date | string;
  envelope: { to: string[] };
}

/** The link of the newest sign-in mail to `email` received since `since`, if one came. */
export function newestSignInLink(mails: readonly ReceivedMail[], email: string, since: Date): string | undefined {
  const received = (mail: ReceivedMail) => new Date(mail.receivedAt).getTime();
  const newest = mails
    .filter((mail) => mail.subject === 'Sign in to Auditflow' && mail.envelope.to.includes(email) && received(mail) >= since.getTime())
    .sort((a, b) => received(b) - received(a))[0];
  return newest && signInLinkIn(newest.text);
}
