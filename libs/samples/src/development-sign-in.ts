import { HttpError, Session, sessionCookie } from './client';

// Signs in through Auditflow's development identity provider (libs/devstack/identity-provider) the way a browser
// would: plain HTTP with manual redirects, a cookie jar and the login page's HTML forms.

/**
 * Cookies per origin (host:port), kept as name=value pairs. Paths and domains are ignored (each origin gets all its
 * cookies back); cookies that are emptied or expire in the past are dropped.
 */
export class CookieJar {
  private readonly byOrigin = new Map<string, Map<string, string>>();

  /** Remembers the cookies that `response`, answering a request to `url`, sets. */
  store(url: string | URL, response: Response): void {
    const origin = new URL(url).host;
    const cookies = this.byOrigin.get(origin) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const equals = pair.indexOf('=');
      if (equals < 1) continue;
      const name = pair.slice(0, equals).trim();
      const value = pair.slice(equals + 1).trim();
      if (!value || attributes.some(expires)) cookies.delete(name);
      else cookies.set(name, value);
    }
    this.byOrigin.set(origin, cookies);
  }

  /** The `Cookie` header for a request to `url`, if there are cookies for its origin. */
  header(url: string | URL): string | undefined {
    const cookies = [...(this.byOrigin.get(new URL(url).host) ?? [])];
    return cookies.length ? cookies.map(([name, value]) => `${name}=${value}`).join('; ') : undefined;
  }

  get(url: string | URL, name: string): string | undefined {
    return this.byOrigin.get(new URL(url).host)?.get(name);
  }
}

function expires(attribute: string): boolean {
  const [key, value = ''] = attribute.split('=').map((part) => part.trim());
  if (key.toLowerCase() === 'max-age') return Number(value) <= 0;
  if (key.toLowerCase() === 'expires') return Date.parse(value) <= Date.now();
  return false;
}

/** fetch with `redirect: 'manual'`, sending and storing `jar`'s cookies. */
export async function fetchWithCookies(url: string | URL, jar: CookieJar, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const cookie = jar.header(url);
  if (cookie) headers.set('cookie', cookie);
  const response = await fetch(url, { ...init, headers, redirect: 'manual' });
  jar.store(url, response);
  return response;
}

/** A page where a redirect was expected: the login page with an error, or an error page. */
export class SignInError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly status: number,
    readonly page: string,
  ) {
    super(message);
    this.name = 'SignInError';
  }
}

const MAX_HOPS = 20;

/** The one form a flow submits when a page comes instead of a redirect: where to, and with which fields. */
type FormSubmission = { action: string; fields: URLSearchParams } | undefined;

/**
 * Follows redirects from `startUrl` with the jar's cookies; when a page comes instead, submits the form that
 * `formOn` picks (once). Resolves with the first redirect target that starts with `stopAt`, without requesting it.
 */
async function followUntil(startUrl: string, stopAt: string, jar: CookieJar, what: string, formOn: (page: string) => FormSubmission): Promise<URL> {
  let url = new URL(startUrl);
  let init: RequestInit = {};
  let submitted = false;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const response = await fetchWithCookies(url, jar, init);
    init = {};
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      url = new URL(location, url);
      if (url.href.startsWith(stopAt)) return url;
      continue;
    }
    const page = await response.text();
    const form = submitted ? undefined : formOn(page);
    if (!form) throw new SignInError(`${what}: ${url.href} answered HTTP ${response.status}: ${pageMessage(page)}`, url.href, response.status, page);
    url = new URL(form.action, url);
    init = { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.fields.toString() };
    submitted = true;
  }
  throw new Error(`no redirect to ${stopAt} after ${MAX_HOPS} requests from ${startUrl}`);
}

/**
 * Starts at `startUrl` (an authorization URL of the provider, or an application URL that redirects there), follows
 * redirects, submits the login page's form for `email` when it comes, and resolves with the first redirect target
 * that starts with `stopAt` (typically the client's redirect_uri, with `code` and `state`), without requesting it.
 * Listed accounts are chosen by their button's form (`form[data-email]`), other addresses through the e-mail field
 * (`form#login-by-email`). With a `jar` that already holds a provider session no login page comes and no form is sent.
 * Rejects with a SignInError when a page comes where a redirect was expected (e.g. "There is no such account").
 */
export function signInThroughProvider(startUrl: string, email: string, stopAt: string, jar = new CookieJar()): Promise<URL> {
  return followUntil(startUrl, stopAt, jar, `signing in as ${email}`, (page) => {
    const action = loginFormAction(page, email);
    return action ? { action, fields: new URLSearchParams({ email }) } : undefined;
  });
}

/**
 * RP-initiated logout: opens `endSessionUrl` (the provider's end_session_endpoint with id_token_hint,
 * post_logout_redirect_uri, state…), confirms the sign-out form and resolves with the redirect that starts with `stopAt`.
 */
export function signOutThroughProvider(endSessionUrl: string, stopAt: string, jar: CookieJar): Promise<URL> {
  return followUntil(endSessionUrl, stopAt, jar, 'signing out', (page) => {
    // The confirmation page's form; without a session the provider sends a self-submitting form instead.
    const forms = formTags(page);
    const form = forms.find((tag) => attribute(tag, 'id') === 'op.logoutForm') ?? forms[0];
    const action = form && attribute(form, 'action');
    if (!action) return undefined;
    const fields = new URLSearchParams(hiddenInputs(page));
    fields.set('logout', 'yes');
    return { action, fields };
  });
}

/** The action of the login form for `email`, when `page` is the provider's login page. */
export function loginFormAction(page: string, email: string): string | undefined {
  const forms = formTags(page);
  const form =
    forms.find((tag) => attribute(tag, 'data-email') === email.toLowerCase()) ?? forms.find((tag) => attribute(tag, 'id') === 'login-by-email');
  return form && attribute(form, 'action');
}

function formTags(page: string): string[] {
  return page.match(/<form\b[^>]*>/gi) ?? [];
}

function hiddenInputs(page: string): [string, string][] {
  return (page.match(/<input\b[^>]*>/gi) ?? [])
    .filter((tag) => attribute(tag, 'type') === 'hidden')
    .map((tag) => [attribute(tag, 'name') ?? '', attribute(tag, 'value') ?? '']);
}

function attribute(tag: string, name: string): string | undefined {
  const value = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1];
  return value === undefined ? undefined : unescapeHtml(value);
}

function unescapeHtml(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#\d+|#x[\da-f]+|\w+);/gi, (entity, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return named[code.toLowerCase()] ?? entity;
  });
}

/** The alert on a page, or else its text, shortened: for error messages. */
function pageMessage(page: string): string {
  const alert = /<[^>]+role="alert"[^>]*>([\s\S]*?)<\//i.exec(page)?.[1];
  const text = (alert ?? page.replace(/<(style|script)[\s\S]*?<\/\1>/gi, '')).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return unescapeHtml(text).slice(0, 300);
}

/**
 * Single sign-on through the API's own start and callback routes, as a browser would, choosing `email` on the
 * development identity provider's page. Resolves with the session cookie and its CSRF token.
 */
export async function signInWithSso(baseUrl: string, email: string, jar = new CookieJar()): Promise<Session> {
  const start = await fetchWithCookies(`${baseUrl}/auth/sso/start`, jar);
  const authorize = start.headers.get('location');
  if (start.status !== 302 || !authorize) throw new HttpError(start.status, await start.text(), 'GET /auth/sso/start');
  const callback = await signInThroughProvider(authorize, email, `${baseUrl}/auth/sso/callback`, jar);
  const finished = await fetchWithCookies(callback, jar);
  if (finished.status !== 303) throw new HttpError(finished.status, await finished.text(), 'GET /auth/sso/callback');
  const cookie = sessionCookie(finished);
  const session = await fetch(`${baseUrl}/auth/session`, { headers: { cookie } });
  const body = (await session.json()) as { csrfToken?: string };
  if (!body.csrfToken) throw new HttpError(session.status, body, 'GET /auth/session');
  return { email, cookie, csrfToken: body.csrfToken };
}

