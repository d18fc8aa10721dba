// Signing test people in through the real flows: staff of the sample organisation by single sign-on through the test
// identity provider, everyone else (auditees, people an admin added) by an e-mail link read from the test mailbox.
import { AuditflowClient, HttpError, Session, sessionCookie, SignIn, signInLinkIn, signInWithLink } from '../../libs/samples/src/client';
import { SAMPLE_STAFF } from '../../libs/samples/src/sample-people';
import { Mailbox } from '../../libs/devstack/src/mailbox';
import { CookieJar, fetchWithCookies, signInThroughProvider } from './oidc-sign-in';

const IDP_ACCOUNTS = new Set(SAMPLE_STAFF.map((person) => person.email));

/** The newest sign-in link the mailbox received for `email` since `since`. */
export function linkFromMailbox(mailbox: Mailbox) {
  return async (email: string, since: Date): Promise<string | undefined> => {
    const mails = mailbox
      .messages()
      .filter((message) => message.subject === 'Sign in to Auditflow' && message.envelope.to.includes(email) && message.receivedAt >= since)
      .sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime());
    return mails[0] && signInLinkIn(mails[0].text);
  };
}

/** Single sign-on through the API's own start and callback routes, as a browser would, signing in as `email` at the provider. */
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

export function testSignIn(baseUrl: string, mailbox: Mailbox): SignIn {
  return (email) => (IDP_ACCOUNTS.has(email) ? signInWithSso(baseUrl, email) : signInWithLink(baseUrl, email, linkFromMailbox(mailbox)));
}

export function testClient(baseUrl: string, mailbox: Mailbox): AuditflowClient {
  return new AuditflowClient(baseUrl, testSignIn(baseUrl, mailbox));
}
