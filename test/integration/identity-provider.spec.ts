import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRemoteJWKSet, decodeProtectedHeader, importJWK, JWK, jwtVerify, SignJWT } from 'jose';
import * as client from 'openid-client';
import { freePort, IdentityClient, REPO_ROOT, RunningIdentityProvider, startIdentityProvider } from '@auditflow/devstack';
import { CookieJar, fetchWithCookies, signInThroughProvider, SignInError, signOutThroughProvider } from '@auditflow/samples';

const ROLES = 'auditflow_roles';
const AUDIENCE = 'https://api.auditflow.example.test';
const ACCOUNTS = [
  { email: 'Lea.Lead@Example.test', name: 'Lea Lead', unit: 'Internal Audit', roles: ['lead_auditor', 'auditor'] },
  { email: 'aude@example.test', name: 'Aude Auditee', roles: ['auditee'] },
];

describe('development identity provider', () => {
  const tmp = join(REPO_ROOT, 'test', '.tmp');
  let dir: string;
  let keysFile: string;
  let provider: RunningIdentityProvider;
  let app: IdentityClient;
  const nativeApp: IdentityClient = {
    clientId: 'auditflow-native-test',
    clientSecret: 'another-test-secret-with-enough-entropy',
    redirectUris: ['http://127.0.0.1/auth/sso/callback'],
    applicationType: 'native',
  };
  let redirectUri: string;
  let signedOutUri: string;
  let config: client.Configuration;

  beforeAll(async () => {
    mkdirSync(tmp, { recursive: true });
    dir = mkdtempSync(join(tmp, 'identity-provider-'));
    keysFile = join(dir, 'keys', 'signing-jwks.json');
    const appPort = await freePort();
    redirectUri = `http://127.0.0.1:${appPort}/callback`;
    signedOutUri = `http://127.0.0.1:${appPort}/signed-out`;
    app = { clientId: 'auditflow-test', clientSecret: 'test-secret-with-enough-entropy', redirectUris: [redirectUri], postLogoutRedirectUris: [signedOutUri] };
    provider = await startIdentityProvider({
      port: 0,
      accounts: ACCOUNTS,
      clients: [app, nativeApp],
      rolesClaim: ROLES,
      accessTokenAudience: AUDIENCE,
      keysFile,
      logFile: join(dir, 'identity-provider.log'),
    });
    config = await discover(provider.issuer);
  });

  afterAll(async () => {
    await provider?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function discover(issuer: string, auth?: client.ClientAuth): Promise<client.Configuration> {
    return client.discovery(new URL(issuer), app.clientId, app.clientSecret, auth, { execute: [client.allowInsecureRequests] });
  }

  async function authorizationRequest(scope = 'openid email profile') {
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope,
      state,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, checks: { pkceCodeVerifier: verifier, expectedState: state } };
  }

  async function signIn(email: string, options: { jar?: CookieJar; config?: client.Configuration } = {}) {
    const request = await authorizationRequest();
    const callback = await signInThroughProvider(request.url, email, redirectUri, options.jar);
    return client.authorizationCodeGrant(options.config ?? config, callback, request.checks);
  }

  it('writes a private RS256 signing key (mode 0600) and publishes its public half', async () => {
    expect(provider.issuer).toBe(`http://127.0.0.1:${provider.port}`);
    expect(statSync(keysFile).mode & 0o777).toBe(0o600);
    const { keys } = JSON.parse(readFileSync(keysFile, 'utf8')) as { keys: JWK[] };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: expect.any(String), d: expect.any(String) });

    const published = (await (await fetch(config.serverMetadata().jwks_uri!)).json()) as { keys: JWK[] };
    expect(published.keys).toEqual([{ kty: 'RSA', alg: 'RS256', use: 'sig', kid: keys[0].kid, n: keys[0].n, e: keys[0].e }]);
  });

  it('signs in through the login page: PKCE code flow, claims in the ID token and userinfo, a JWT access token for the API', async () => {
    const tokens = await signIn('lea.lead@example.test');

    expect(tokens.claims()).toMatchObject({
      iss: provider.issuer,
      aud: app.clientId,
      sub: 'lea.lead@example.test',
      email: 'Lea.Lead@Example.test',
      email_verified: true,
      name: 'Lea Lead',
      unit: 'Internal Audit',
      [ROLES]: ['lead_auditor', 'auditor'],
    });

    expect(decodeProtectedHeader(tokens.access_token)).toMatchObject({ alg: 'RS256', typ: 'at+jwt' });
    const jwks = createRemoteJWKSet(new URL(config.serverMetadata().jwks_uri!));
    const { payload } = await jwtVerify(tokens.access_token, jwks, { issuer: provider.issuer, audience: AUDIENCE });
    expect(payload).toMatchObject({
      aud: AUDIENCE,
      sub: 'lea.lead@example.test',
      client_id: app.clientId,
      email: 'Lea.Lead@Example.test',
      [ROLES]: ['lead_auditor', 'auditor'],
    });
    expect(String(payload.scope).split(' ').sort()).toEqual(['email', 'openid', 'profile']);
    expect(payload.exp! - payload.iat!).toBe(600);

    const userinfo = await client.fetchUserInfo(config, tokens.access_token, 'lea.lead@example.test');
    expect(userinfo).toEqual({
      sub: 'lea.lead@example.test',
      email: 'Lea.Lead@Example.test',
      email_verified: true,
      name: 'Lea Lead',
      unit: 'Internal Audit',
      [ROLES]: ['lead_auditor', 'auditor'],
    });
  });

  it('accepts addresses typed in any case, and client_secret_basic as well as client_secret_post', async () => {
    const basic = await discover(provider.issuer, client.ClientSecretBasic(app.clientSecret));
    const tokens = await signIn('AUDE@example.TEST', { config: basic });
    expect(tokens.claims()).toMatchObject({ sub: 'aude@example.test', email: 'aude@example.test', name: 'Aude Auditee', [ROLES]: ['auditee'] });
    expect(tokens.claims()).not.toHaveProperty('unit');
  });

  it('lets a native client use its loopback redirect URI on any port, consenting automatically every time', async () => {
    const native = await client.discovery(new URL(provider.issuer), nativeApp.clientId, nativeApp.clientSecret, undefined, {
      execute: [client.allowInsecureRequests],
    });
    const jar = new CookieJar();
    for (const port of [await freePort(), await freePort()]) {
      const callbackUri = `http://127.0.0.1:${port}/auth/sso/callback`;
      const verifier = client.randomPKCECodeVerifier();
      const url = client.buildAuthorizationUrl(native, {
        redirect_uri: callbackUri,
        scope: 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
      });
      const callback = await signInThroughProvider(url.href, 'aude@example.test', callbackUri, jar);
      const tokens = await client.authorizationCodeGrant(native, callback, { pkceCodeVerifier: verifier });
      expect(tokens.claims()).toMatchObject({ aud: nativeApp.clientId, sub: 'aude@example.test', [ROLES]: ['auditee'] });
    }

    const elsewhere = client.buildAuthorizationUrl(native, { redirect_uri: 'http://localhost:8080/auth/sso/callback', scope: 'openid', code_challenge: 'x'.repeat(43), code_challenge_method: 'S256' });
    const refused = await fetch(elsewhere, { redirect: 'manual' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('redirect_uri did not match any of the client&#39;s registered redirect_uris');
  });

  it('lists every account on an accessible login page that says what it is', async () => {
    const request = await authorizationRequest();
    const jar = new CookieJar();
    const redirect = await fetchWithCookies(request.url, jar);
    expect(redirect.status).toBe(303);
    const login = await fetchWithCookies(new URL(redirect.headers.get('location')!, provider.issuer), jar);
    const page = await login.text();

    expect(login.status).toBe(200);
    expect(page).toMatch(/<html lang="en">/);
    expect(page).toMatch(/<title>Sign in — Auditflow development identity provider<\/title>/);
    expect(page).toContain('development identity provider of Auditflow');
    expect(page).toContain('no passwords');
    expect(page).toContain('data-email="lea.lead@example.test"');
    expect(page).toContain('Sign in as Lea Lead (Lea.Lead@Example.test) — lead_auditor, auditor</button>');
    expect(page).toContain('Sign in as Aude Auditee (aude@example.test) — auditee</button>');
    expect(page).toMatch(/<label for="email">E-mail address<\/label>\s*<input id="email" name="email" type="email"/);
  });

  it('answers an unknown address with "no such account" and no code', async () => {
    const request = await authorizationRequest();
    const failure = await signInThroughProvider(request.url, 'nobody@example.test', redirectUri).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(SignInError);
    const { status, page, url } = failure as SignInError;
    expect(status).toBe(400);
    expect(page).toContain('<p role="alert" class="error" id="login-error">There is no such account: nobody@example.test.</p>');
    expect(page).toContain('id="login-by-email"');
    expect(url).toMatch(new RegExp(`^${provider.issuer}/interaction/[\\w-]+/login$`));
    expect(url).not.toContain('code=');
  });

  it('keeps the session in the cookie jar until RP-initiated logout ends it', async () => {
    const jar = new CookieJar();
    const tokens = await signIn('aude@example.test', { jar });

    // Signed in already: the provider redirects straight back with a code, no login page.
    const again = await authorizationRequest();
    const direct = await fetchWithCookies(again.url, jar);
    expect(direct.status).toBe(303);
    const callback = new URL(direct.headers.get('location')!);
    expect(callback.href.startsWith(`${redirectUri}?`)).toBe(true);
    expect(callback.searchParams.get('code')).toBeTruthy();

    const endSession = client.buildEndSessionUrl(config, { id_token_hint: tokens.id_token!, post_logout_redirect_uri: signedOutUri, state: 'bye' });
    const signedOut = await signOutThroughProvider(endSession.href, signedOutUri, jar);
    expect(signedOut.searchParams.get('state')).toBe('bye');

    const afterLogout = await fetchWithCookies((await authorizationRequest()).url, jar);
    expect(afterLogout.headers.get('location')).toMatch(/^\/interaction\/[\w-]+$/);
  });

  it('lets tests sign their own tokens with the key from the keys file', async () => {
    const { keys } = JSON.parse(readFileSync(keysFile, 'utf8')) as { keys: JWK[] };
    const token = await new SignJWT({ email: 'aude@example.test', [ROLES]: ['auditee'] })
      .setProtectedHeader({ alg: 'RS256', kid: keys[0].kid, typ: 'at+jwt' })
      .setIssuer(provider.issuer)
      .setAudience(AUDIENCE)
      .setSubject('aude@example.test')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(await importJWK(keys[0], 'RS256'));
    const jwks = createRemoteJWKSet(new URL(config.serverMetadata().jwks_uri!));
    await expect(jwtVerify(token, jwks, { issuer: provider.issuer, audience: AUDIENCE })).resolves.toBeDefined();
  });

  it('reuses the keys file when it starts again', async () => {
    const { keys } = JSON.parse(readFileSync(keysFile, 'utf8')) as { keys: JWK[] };
    const second = await startIdentityProvider({ port: 0, accounts: ACCOUNTS, clients: [app], rolesClaim: ROLES, accessTokenAudience: AUDIENCE, keysFile });
    try {
      const published = (await (await fetch(`${second.issuer}/jwks`)).json()) as { keys: JWK[] };
      expect(published.keys.map((key) => key.kid)).toEqual([keys[0].kid]);
    } finally {
      await second.stop();
    }
    expect(second.process.exitStatus()).toEqual({ code: 0, signal: null });
  });
});
