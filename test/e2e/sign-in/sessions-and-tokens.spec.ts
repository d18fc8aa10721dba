import { DataSource } from 'typeorm';
import { AuditflowClient, SAMPLE_PEOPLE as P, Session } from '@auditflow/samples';
import { useFullStack } from '../../support/full-stack';
import { testSignIn } from '../../support/sign-in';
import { TEST_ADMIN_EMAIL } from '../../support/test-identity';
import { eventually, http, startApi, testConfig } from '../../support/test-stack';

describe('sessions and API tokens', () => {
  const stack = useFullStack();
  const api = () => http(stack.api.baseUrl);
  /** A session of its own, not the shared client's, so ending it leaves the other tests alone. */
  const freshSession = (email: string): Promise<Session> => testSignIn(stack.api.baseUrl, stack.mail.mailbox)(email);
  const withSession = (session: Session, csrf = true) => ({ cookie: session.cookie, ...(csrf ? { 'x-csrf-token': session.csrfToken } : {}) });
  const tokenBody = { name: 'nightly export', scope: 'read' };

  it('refuses a change made with the session cookie but without the CSRF token', async () => {
    const session = await freshSession(P.complianceLead.email);
    const without = await api().post('/tokens', tokenBody, withSession(session, false));
    expect(without.status).toBe(403);
    expect(without.body.message).toContain('x-csrf-token');
    const wrong = await api().post('/tokens', tokenBody, { cookie: session.cookie, 'x-csrf-token': 'guess' });
    expect(wrong.status).toBe(403);
    expect((await api().post('/tokens', tokenBody, withSession(session))).status).toBe(201);
  });

  it('ends a session at once on sign-out', async () => {
    const session = await freshSession(P.complianceLead.email);
    expect((await api().get('/me', withSession(session))).status).toBe(200);
    expect((await api().post('/auth/sign-out', undefined, withSession(session))).status).toBe(204);
    const after = await api().get('/me', withSession(session));
    expect(after.status).toBe(401);
  });

  it('ends a session by itself after the idle timeout, and after the absolute timeout however busy it is', async () => {
    // Idle: each look comes after more than the idle time. Absolute: looking every half second does not keep it alive.
    const cases = [
      { timeouts: { SESSION_IDLE_TIMEOUT: 'PT2S' }, intervalMs: 3_000 },
      { timeouts: { SESSION_IDLE_TIMEOUT: 'PT1H', SESSION_ABSOLUTE_TIMEOUT: 'PT3S' }, intervalMs: 500 },
    ];
    for (const { timeouts, intervalMs } of cases) {
      const short = await startApi(testConfig({ SMTP_URL: stack.mail.smtpUrl, ...timeouts }));
      try {
        const session = await testSignIn(short.baseUrl, stack.mail.mailbox)(P.complianceLead.email);
        expect((await http(short.baseUrl).get('/me', withSession(session))).status).toBe(200);
        await eventually(async () => expect((await http(short.baseUrl).get('/me', withSession(session))).status).toBe(401), { timeoutMs: 20_000, intervalMs });
      } finally {
        await short.close();
      }
    }
  });

  it('gives every sign-in a new session id, so a planted cookie is worth nothing', async () => {
    const planted = 'auditflow_session=planted-by-an-attacker';
    expect((await api().get('/me', { cookie: planted })).status).toBe(401);
    const before = await freshSession(P.auditor.email);
    const after = await freshSession(P.auditor.email);
    expect(after.cookie).not.toBe(before.cookie);
    expect(after.cookie).not.toBe(planted);
    expect((await api().get('/me', withSession(after))).body.email).toBe(P.auditor.email);
  });

  it('creates an API token shown once, stored hashed, scoped and revocable', async () => {
    const owner = await freshSession(P.secondAuditor.email);
    const created = await api().post('/tokens', { name: 'reporting script', scope: 'read', expiresIn: 'P30D' }, withSession(owner));
    expect(created.status).toBe(201);
    const { token, id } = created.body;
    expect(token).toMatch(/^aft_/);
    expect(Date.parse(created.body.expiresAt) - Date.now()).toBeGreaterThan(29 * 24 * 3600_000);
    const listed = await api().get('/tokens', withSession(owner));
    expect(listed.body.map((item: { id: string }) => item.id)).toContain(id);
    expect(JSON.stringify(listed.body)).not.toContain(token);
    const rows = await stack.api.app.get(DataSource).query('SELECT token_hash FROM api_tokens WHERE id = $1', [id]);
    expect(rows[0].token_hash).not.toContain(token.slice(4));

    const bearer = { authorization: `Bearer ${token}` };
    expect((await api().get('/me', bearer)).body).toMatchObject({ email: P.secondAuditor.email });
    const write = await api().post('/tokens', tokenBody, bearer);
    expect(write.status).toBe(403);
    expect(write.body.message).toContain('read-only');

    // Someone else cannot revoke it; its owner can, and then it stops working at once.
    const stranger = await freshSession(P.replacementAuditor.email);
    expect((await api().delete(`/tokens/${id}`, withSession(stranger))).status).toBe(404);
    expect((await api().delete(`/tokens/${id}`, withSession(owner))).status).toBe(200);
    expect((await api().get('/me', bearer)).status).toBe(401);

    const tooLong = await api().post('/tokens', { ...tokenBody, expiresIn: 'P5Y' }, withSession(owner));
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.violations[0].field).toBe('expiresIn');
  });

  it('ends every session and token of a deactivated person at once, and records it all', async () => {
    const email = `leaver-${Date.now()}@partner.example`;
    const created = await stack.client.post<{ id: string }>('/people', TEST_ADMIN_EMAIL, { email, name: 'Lee Leaver' });
    const session = await freshSession(email);
    const token = (await api().post('/tokens', { name: 'script', scope: 'act' }, withSession(session))).body.token;
    expect((await api().get('/me', { authorization: `Bearer ${token}` })).status).toBe(200);

    const deactivated = await stack.client.request('PATCH', `/people/${created.id}`, TEST_ADMIN_EMAIL, { active: false });
    expect(deactivated.status).toBe(200);
    expect((await api().get('/me', withSession(session))).status).toBe(401);
    expect((await api().get('/me', { authorization: `Bearer ${token}` })).status).toBe(401);
    const again = await api().post('/auth/sign-in-link', { email });
    expect(again.status).toBe(202);

    const record = await stack.client.get(`/security-events?personId=${created.id}&limit=50`, TEST_ADMIN_EMAIL);
    const types = record.body.items.map((event: { type: string }) => event.type);
    for (const type of ['person.created', 'sign-in', 'api-token.created', 'person.deactivated']) expect(types).toContain(type);
  });

  it('keeps the directory and the security record to admins, and the last admin cannot be removed', async () => {
    expect((await stack.client.get('/people', P.programmeManager.email)).status).toBe(403);
    expect((await stack.client.get('/security-events', P.auditor.email)).status).toBe(403);
    const admin = (await stack.client.get('/me', TEST_ADMIN_EMAIL)).body;
    const admins = await stack.client.get(`/people?role=admin&active=true`, TEST_ADMIN_EMAIL);
    expect(admins.body.items.map((person: { email: string }) => person.email)).toEqual([TEST_ADMIN_EMAIL]);
    const removed = await stack.client.request('PATCH', `/people/${admin.id}`, TEST_ADMIN_EMAIL, { roles: [] });
    expect(removed.status).toBe(409);
    expect(removed.body.message).toContain('last active admin');
    const anonymous = new AuditflowClient(stack.api.baseUrl, () => Promise.reject(new Error('no sign-in')));
    expect((await anonymous.get('/people', undefined)).status).toBe(401);
  });
});

describe('the API edge', () => {
  const stack = useFullStack();

  it('sends security headers, refuses oversized bodies and allows cross-origin calls only from PUBLIC_URL', async () => {
    const health = await fetch(`${stack.api.baseUrl}/health`);
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(health.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(health.headers.get('x-frame-options')).toBe('SAMEORIGIN');

    const huge = await fetch(`${stack.api.baseUrl}/auth/sign-in-link`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'a@example.org', padding: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(huge.status).toBe(413);

    // A form posted from another site (a forged sign-in, say) is refused; the same from our own origin is judged normally.
    const forged = await http(stack.api.baseUrl).post('/auth/link', { token: 'x'.repeat(43) }, { origin: 'https://evil.example' });
    expect(forged.status).toBe(403);
    expect(forged.body.message).toContain('changes are accepted only from');
    expect((await http(stack.api.baseUrl).post('/auth/link', { token: 'x'.repeat(43) }, { origin: stack.api.baseUrl })).status).toBe(401);

    const preflight = (origin: string) =>
      fetch(`${stack.api.baseUrl}/audits`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    // The allowed origin is always PUBLIC_URL's, so a browser on another origin refuses the answer.
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    expect((await preflight(stack.api.baseUrl)).headers.get('access-control-allow-origin')).toBe(stack.api.baseUrl);
  });
});
