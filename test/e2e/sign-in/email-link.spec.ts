import { sessionCookie } from '@auditflow/samples';
import { useFullStack } from '../../support/full-stack';
import { linkFromMailbox } from '../../support/sign-in';
import { TEST_ADMIN_EMAIL } from '../../support/test-identity';
import { eventually, http, startApi, testConfig } from '../../support/test-stack';

describe('signing in with an e-mail link', () => {
  const stack = useFullStack();
  const person = { email: `link-${Date.now()}@partner.example`, name: 'Lin Kay' };
  const other = { email: `other-${Date.now()}@partner.example`, name: 'Otto Other' };

  beforeAll(async () => {
    for (const someone of [person, other]) await stack.client.post('/people', TEST_ADMIN_EMAIL, someone);
  });

  async function askForLink(email: string, baseUrl = stack.api.baseUrl): Promise<string> {
    const since = new Date();
    const asked = await http(baseUrl).post('/auth/sign-in-link', { email });
    expect(asked.status).toBe(202);
    return eventually(async () => {
      const link = await linkFromMailbox(stack.mail.mailbox)(email, since);
      expect(link).toBeDefined();
      return link!;
    });
  }
  const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;

  it('works once, signing in the person it was sent to, and never again', async () => {
    const link = await askForLink(person.email);
    // Opening the link shows a button; only the button uses it (mail scanners open links).
    const page = await http(stack.api.baseUrl).get(`/auth/link?token=${encodeURIComponent(tokenOf(link))}`, { accept: 'text/html' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Continue');

    const used = await http(stack.api.baseUrl).post('/auth/link', { token: tokenOf(link) });
    expect(used.status).toBe(200);
    expect(used.body.person.email).toBe(person.email);
    const cookie = sessionCookie(used);
    const session = await http(stack.api.baseUrl).get('/auth/session', { cookie });
    expect(session.body).toMatchObject({ person: { email: person.email }, via: 'link', csrfToken: used.body.csrfToken });

    const again = await http(stack.api.baseUrl).post('/auth/link', { token: tokenOf(link) });
    expect(again.status).toBe(401);
    expect(again.body.message).toContain('used, expired or unknown');
    expect(again.headers.get('set-cookie')).toBeNull();
  });

  it('signs in only the address it was sent to; a made-up or altered token is refused', async () => {
    const link = await askForLink(other.email);
    const token = tokenOf(link);
    const altered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await http(stack.api.baseUrl).post('/auth/link', { token: altered })).status).toBe(401);
    expect((await http(stack.api.baseUrl).post('/auth/link', { token: 'x'.repeat(43) })).status).toBe(401);
    const used = await http(stack.api.baseUrl).post('/auth/link', { token });
    expect(used.body.person.email).toBe(other.email);
  });

  it('refuses an expired link', async () => {
    const config = testConfig({ SMTP_URL: stack.mail.smtpUrl, SIGN_IN_LINK_TTL: 'PT1S' });
    const api = await startApi(config);
    try {
      const link = await askForLink(person.email, api.baseUrl);
      await eventually(async () => expect((await http(api.baseUrl).get(`/auth/link?token=${tokenOf(link)}`)).status).toBe(410), { timeoutMs: 10_000 });
      const late = await http(api.baseUrl).post('/auth/link', { token: tokenOf(link) });
      expect(late.status).toBe(401);
    } finally {
      await api.close();
    }
  });

  it('answers a request for an unknown address exactly as for a known one, and mails nobody', async () => {
    const unknown = `nobody-${Date.now()}@nowhere.example`;
    const known = await http(stack.api.baseUrl).post('/auth/sign-in-link', { email: person.email });
    const stranger = await http(stack.api.baseUrl).post('/auth/sign-in-link', { email: unknown });
    expect(stranger.status).toBe(known.status);
    expect(stranger.body).toEqual(known.body);
    const invalid = await http(stack.api.baseUrl).post('/auth/sign-in-link', { email: 'not-an-address' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.violations[0].field).toBe('email');
    // The known address's mail arrives; by then the unknown one's would have too.
    await askForLink(person.email);
    expect(stack.mail.mailbox.messages().some((message) => message.envelope.to.includes(unknown))).toBe(false);
  });

  it('limits links per address and per client, answering 429 the same for known and unknown addresses', async () => {
    const api = await startApi(testConfig({ SMTP_URL: stack.mail.smtpUrl, SIGN_IN_LINKS_PER_ADDRESS: '2', SIGN_IN_LINKS_PER_IP: '100000', SIGN_IN_ATTEMPTS_PER_MINUTE: '8' }));
    try {
      const known = { email: `limited-known-${Date.now()}@partner.example`, name: 'Kim Known' };
      await stack.client.post('/people', TEST_ADMIN_EMAIL, known);
      for (const email of [`limited-${Date.now()}@nowhere.example`, known.email]) {
        const answers = [];
        for (let attempt = 0; attempt < 3; attempt += 1) answers.push((await http(api.baseUrl).post('/auth/sign-in-link', { email })).status);
        expect(answers).toEqual([202, 202, 429]);
      }
      // And every sign-in step is limited per client: the 9th attempt within the minute is refused whatever it is.
      const attempts = [];
      for (let attempt = 0; attempt < 3; attempt += 1) attempts.push((await http(api.baseUrl).post('/auth/link', { token: 'x'.repeat(43) })).status);
      expect(attempts).toEqual([401, 401, 429]);
    } finally {
      await api.close();
    }
  });

  it('sends a browser that opens a task link without a session to sign in, and back to the task afterwards', async () => {
    const path = '/audits/4b0a1f0e-0000-4000-8000-000000000000/tasks/T-1';
    const opened = await fetch(`${stack.api.baseUrl}${path}`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(opened.status).toBe(303);
    const signIn = opened.headers.get('location')!;
    expect(signIn).toBe(`/auth/sign-in?returnTo=${encodeURIComponent(path)}`);
    const page = await http(stack.api.baseUrl).get(signIn, { accept: 'text/html' });
    expect(page.body).toContain(`value="${path}"`);
    const since = new Date();
    const form = await fetch(`${stack.api.baseUrl}/auth/sign-in-link`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: person.email, returnTo: path }),
    });
    expect(form.status).toBe(200);
    const link = await eventually(async () => {
      const found = await linkFromMailbox(stack.mail.mailbox)(person.email, since);
      expect(found).toBeDefined();
      return found!;
    });
    const used = await fetch(`${stack.api.baseUrl}/auth/link`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: tokenOf(link) }),
      redirect: 'manual',
    });
    expect(used.status).toBe(303);
    expect(used.headers.get('location')).toBe(path);
    // An API client without a session is told 401, not redirected.
    expect((await http(stack.api.baseUrl).get(path)).status).toBe(401);
  });
});
