import { readFileSync } from 'node:fs';
import { generateKeyPair, importJWK, JWK, SignJWT } from 'jose';

type KeyLike = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
import * as oidc from 'openid-client';
import { Browser } from 'playwright-core';
import { SAMPLE_PEOPLE as P, signInThroughProvider } from '@auditflow/samples';
import { launchBrowser } from '../../support/browser';
import { useFullStack } from '../../support/full-stack';
import { TEST_OIDC_CLIENT } from '../../support/test-identity';
import { http, testOidcIssuer, testOidcKeysFile } from '../../support/test-stack';

describe('single sign-on through the identity provider', () => {
  const stack = useFullStack();
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('signs a person in with a real authorization-code flow in a browser, with roles from the provider', async () => {
    const page = await browser.newPage();
    await page.goto(`${stack.api.baseUrl}/auth/sign-in?returnTo=${encodeURIComponent('/me')}`);
    await page.getByRole('link', { name: /single sign-on/ }).click();
    await page.waitForURL((url) => url.href.startsWith(testOidcIssuer()));
    await page.locator(`form[data-email="${P.programmeManager.email}"] button`).click();
    await page.waitForURL(`${stack.api.baseUrl}/me`);
    const me = JSON.parse((await page.locator('body').textContent()) ?? '{}');
    expect(me).toMatchObject({ email: P.programmeManager.email, name: P.programmeManager.name, roles: ['programme-manager'], source: 'sso' });
    const session = JSON.parse(await (await page.goto(`${stack.api.baseUrl}/auth/session`))!.text());
    expect(session).toMatchObject({ via: 'sso', person: { email: P.programmeManager.email } });
    const cookies = await page.context().cookies(stack.api.baseUrl);
    expect(cookies.find((cookie) => cookie.name === 'auditflow_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  });

  it('refuses a callback that was not started in the same browser', async () => {
    const start = await fetch(`${stack.api.baseUrl}/auth/sso/start`, { redirect: 'manual' });
    const callback = await signInThroughProvider(start.headers.get('location')!, P.auditor.email, `${stack.api.baseUrl}/auth/sso/callback`);
    // The code is real, but this request lacks the browser's state cookie.
    const hijacked = await http(stack.api.baseUrl).get(callback.pathname + callback.search);
    expect(hijacked.status).toBe(401);
    expect(hijacked.body.message).toContain('not started in this browser');
  });

  describe('bearer access tokens', () => {
    let signingKey: KeyLike;
    let kid: string;

    beforeAll(async () => {
      const jwk = (JSON.parse(readFileSync(testOidcKeysFile(), 'utf8')) as { keys: JWK[] }).keys[0]!;
      kid = jwk.kid!;
      signingKey = (await importJWK(jwk, "RS256")) as KeyLike;
    });

    const claims = { email: P.complianceLead.email, name: P.complianceLead.name, auditflow_roles: ['compliance-lead'] };
    const token = (overrides: { issuer?: string; audience?: string; expiresAt?: number; key?: KeyLike } = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid, typ: 'at+jwt' })
        .setIssuer(overrides.issuer ?? testOidcIssuer())
        .setAudience(overrides.audience ?? TEST_OIDC_CLIENT.clientId)
        .setSubject(P.complianceLead.email)
        .setIssuedAt(Math.floor(Date.now() / 1000) - 60)
        .setExpirationTime(overrides.expiresAt ?? Math.floor(Date.now() / 1000) + 300)
        .sign(overrides.key ?? signingKey);
    const me = (bearer: string) => http(stack.api.baseUrl).get('/me', { authorization: `Bearer ${bearer}` });

    it('accepts an access token the provider issued through a real code flow', async () => {
      const configuration = await oidc.discovery(new URL(testOidcIssuer()), TEST_OIDC_CLIENT.clientId, TEST_OIDC_CLIENT.clientSecret, undefined, {
        execute: [oidc.allowInsecureRequests],
      });
      const verifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const redirectUri = 'http://127.0.0.1:1/auth/sso/callback';
      const authorize = oidc.buildAuthorizationUrl(configuration, {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
      });
      const callback = await signInThroughProvider(authorize.href, P.teamLeader.email, redirectUri);
      const tokens = await oidc.authorizationCodeGrant(configuration, callback, { pkceCodeVerifier: verifier, expectedState: state });
      const answer = await me(tokens.access_token);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ email: P.teamLeader.email, roles: ['auditor'] });
      const session = await http(stack.api.baseUrl).get('/auth/session', { authorization: `Bearer ${tokens.access_token}` });
      expect(session.body).toMatchObject({ via: 'sso' });
      expect(session.body.csrfToken).toBeUndefined();
    });

    it('accepts a well-formed token signed by the provider', async () => {
      expect((await me(await token())).body).toMatchObject({ email: P.complianceLead.email, roles: ['compliance-lead'] });
    });

    it('refuses tampered, expired, wrong-issuer, wrong-audience, foreign-key and unsigned tokens', async () => {
      const good = await token();
      const [header, payload, signature] = good.split('.');
      const claimsTampered = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), auditflow_roles: ['admin'] })).toString('base64url');
      const foreignKey = (await generateKeyPair('RS256')).privateKey;
      const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
      const refused = {
        tampered: `${header}.${claimsTampered}.${signature}`,
        expired: await token({ expiresAt: Math.floor(Date.now() / 1000) - 3600 }),
        'wrong issuer': await token({ issuer: 'http://127.0.0.1:9/not-our-provider' }),
        'wrong audience': await token({ audience: 'some-other-api' }),
        'foreign key': await token({ key: foreignKey }),
        'alg none': unsigned,
        garbage: 'not-a-jwt',
      };
      for (const [what, bearer] of Object.entries(refused)) {
        const answer = await me(bearer);
        expect({ what, status: answer.status }).toEqual({ what, status: 401 });
        expect(answer.headers.get('www-authenticate')).toContain('Bearer');
      }
    });
  });
});
