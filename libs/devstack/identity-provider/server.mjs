// @ts-check
// Auditflow's development identity provider: a real OpenID Connect provider (oidc-provider) with a fixed list of
// accounts and no passwords. For local development and tests only. It runs as its own process, started by
// libs/devstack/src/identity-provider.ts, which passes its configuration as JSON in IDENTITY_PROVIDER_CONFIG.
import { Buffer } from 'node:buffer';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';
import { URLSearchParams } from 'node:url';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, jwtVerify } from 'jose';
import Provider from 'oidc-provider';
// The same in-memory store oidc-provider uses by default; a subclass only so that it does not warn about it on start.
import MemoryAdapter from 'oidc-provider/lib/adapters/memory_adapter.js';

/**
 * @typedef {{ email: string; name: string; unit?: string; roles: string[] }} Account
 * @typedef {{
 *   clientId: string; clientSecret: string; redirectUris: string[]; postLogoutRedirectUris?: string[];
 *   applicationType?: 'web' | 'native';
 * }} Client
 * @typedef {{
 *   port: number; accounts: Account[]; clients: Client[]; rolesClaim: string; accessTokenAudience: string;
 *   keysFile: string; cookieKeys?: string[]; accessTokenTtlSeconds?: number;
 * }} Config
 * @typedef {{ kty: string; n: string; e: string; kid: string; alg: string; use: string; [member: string]: unknown }} PrivateJwk an RSA key
 * @typedef {import('node:http').IncomingMessage} Request
 * @typedef {{
 *   method: string; path: string; status: number; body: unknown; type: string; req: Request;
 *   res: import('node:http').ServerResponse; get(header: string): string; set(header: string, value: string): void;
 *   redirect(url: string): void;
 * }} KoaContext the few members of Koa's context used here
 * @typedef {{ uid: string; prompt: { name: string; details: Record<string, any> }; params: Record<string, any>;
 *   session?: { accountId: string }; grantId?: string }} Interaction
 */

/** @type {Config} */
const config = JSON.parse(process.env.IDENTITY_PROVIDER_CONFIG ?? 'null');
if (!config) throw new Error('IDENTITY_PROVIDER_CONFIG is not set');

const issuer = `http://127.0.0.1:${config.port}`;
const { rolesClaim, accessTokenAudience: audience } = config;
// A resource indicator must be an absolute URI (RFC 8707); the audience need not be one.
const resourceIndicator = URL.canParse(audience) ? audience : 'urn:auditflow:api';
const accounts = new Map(config.accounts.map((account) => [account.email.toLowerCase(), account]));
const claimsByScope = { openid: ['sub', rolesClaim], email: ['email', 'email_verified'], profile: ['name', 'unit'] };
const signingKey = await loadOrCreateSigningKey(config.keysFile);

/** @param {string} sub @param {string[]} scopes */
function claimsOf(sub, scopes) {
  const account = accounts.get(sub);
  if (!account) return undefined;
  /** @type {Record<string, unknown>} */
  const all = { sub, email: account.email, email_verified: true, name: account.name, unit: account.unit, [rolesClaim]: account.roles };
  const allowed = new Set(scopes.flatMap((scope) => claimsByScope[/** @type {keyof claimsByScope} */ (scope)] ?? []));
  return Object.fromEntries(Object.entries(all).filter(([name, value]) => allowed.has(name) && value !== undefined));
}

const provider = new Provider(issuer, {
  adapter: class extends MemoryAdapter {},
  clients: config.clients.map((client) => ({
    client_id: client.clientId,
    application_type: client.applicationType ?? 'web', // native: loopback redirect URIs match on any port
    client_secret: client.clientSecret,
    redirect_uris: client.redirectUris,
    post_logout_redirect_uris: client.postLogoutRedirectUris ?? [],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic', // client_secret_post is accepted as well
  })),
  clientAuthMethods: ['client_secret_basic', 'client_secret_post'],
  responseTypes: ['code'],
  jwks: { keys: [signingKey] },
  cookies: {
    keys: config.cookieKeys?.length ? config.cookieKeys : [randomBytes(32).toString('base64url')],
    // Lax rather than the default None: browsers drop SameSite=None cookies that are not Secure (plain http here).
    long: { httpOnly: true, sameSite: 'lax', signed: true },
    short: { httpOnly: true, sameSite: 'lax', signed: true },
  },
  claims: claimsByScope,
  conformIdTokenClaims: false, // the claims of the requested scopes go into the ID token as well as userinfo
  /** @param {unknown} _ctx @param {string} sub */
  async findAccount(_ctx, sub) {
    const id = sub.toLowerCase();
    if (!accounts.has(id)) return undefined;
    return { accountId: id, claims: (/** @type {unknown} */ _use, /** @type {string} */ scope) => claimsOf(id, scope.split(' ')) };
  },
  /** @param {unknown} _ctx @param {{ kind: string; accountId?: string }} token */
  async extraTokenClaims(_ctx, token) {
    const account = token.kind === 'AccessToken' && token.accountId ? accounts.get(token.accountId) : undefined;
    return account && { email: account.email, [rolesClaim]: account.roles };
  },
  pkce: { methods: ['S256'], required: () => true },
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
    resourceIndicators: {
      enabled: true,
      // Every authorization request is for the Auditflow API, so a plain code flow gets a JWT access token for it…
      defaultResource: async () => resourceIndicator,
      // …also at the token endpoint, where oidc-provider would otherwise issue an opaque token for userinfo.
      useGrantedResource: async () => true,
      /** @param {unknown} _ctx @param {string} indicator */
      async getResourceServerInfo(_ctx, indicator) {
        if (indicator !== resourceIndicator) throw new Provider.errors.InvalidTarget(`unknown resource ${indicator}`);
        const accessTokenTTL = config.accessTokenTtlSeconds ?? 600;
        return { scope: 'openid email profile', audience, accessTokenFormat: 'jwt', accessTokenTTL };
      },
    },
  },
  ttl: {
    AccessToken: config.accessTokenTtlSeconds ?? 600,
    IdToken: 600,
    Interaction: 600,
    Session: 24 * 3600,
    Grant: 24 * 3600,
  },
  renderError,
});
provider.proxy = false;

// Access tokens are for the API (they carry its audience), which oidc-provider refuses at userinfo. Real providers
// accept them there, so this one does too: a valid access token of this issuer gets its subject's claims.
const userinfoPath = new URL(provider.urlFor('userinfo')).pathname;
const publicKey = await importJWK({ kty: signingKey.kty, n: signingKey.n, e: signingKey.e }, 'RS256');
provider.use(async (/** @type {KoaContext} */ ctx, /** @type {() => Promise<void>} */ next) => {
  const token = /^Bearer (\S+\.\S+\.\S+)$/i.exec(ctx.get('authorization'))?.[1];
  if (ctx.path !== userinfoPath || !token) return next();
  const verified = await jwtVerify(token, publicKey, { issuer, audience, algorithms: ['RS256'] }).catch(() => undefined);
  const payload = verified?.payload;
  const claims = payload?.sub && claimsOf(payload.sub, String(payload.scope ?? '').split(' '));
  if (!claims) return next(); // oidc-provider answers with the appropriate error
  ctx.set('cache-control', 'no-store');
  ctx.body = claims;
});

// The interaction pages: a login page listing the accounts; consent is granted without asking.
provider.use(async (/** @type {KoaContext} */ ctx, /** @type {() => Promise<void>} */ next) => {
  const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(ctx.path);
  if (!match) return next();
  const [, uid, login] = match;
  /** @type {Interaction} */
  let interaction;
  try {
    interaction = await provider.interactionDetails(ctx.req, ctx.res);
    if (interaction.uid !== uid) throw new Error('this sign-in page belongs to another sign-in');
  } catch (error) {
    ctx.status = 400;
    ctx.type = 'html';
    ctx.body = page('Sign-in expired', `<h1>Sign-in expired</h1><p>${escape(String(/** @type {Error} */ (error).message))}.
 Go back to the application and sign in again.</p>`);
    return;
  }
  /** @param {Record<string, unknown>} result */
  const finish = async (result) => {
    const returnTo = await provider.interactionResult(ctx.req, ctx.res, result, { mergeWithLastSubmission: false });
    ctx.status = 303;
    ctx.redirect(returnTo);
  };
  if (ctx.method === 'POST' && login && interaction.prompt.name === 'login') {
    const email = new URLSearchParams(await readBody(ctx.req)).get('email')?.trim() ?? '';
    if (!accounts.has(email.toLowerCase())) {
      ctx.status = 400;
      ctx.type = 'html';
      ctx.body = loginPage(interaction, `There is no such account: ${email || '(no address given)'}.`);
      return;
    }
    return finish({ login: { accountId: email.toLowerCase() } });
  }
  if (ctx.method !== 'GET' || login) return next();
  if (interaction.prompt.name === 'consent') return finish({ consent: { grantId: await grantAll(interaction) } });
  ctx.type = 'html';
  ctx.body = loginPage(interaction);
});

/** Grants what the consent prompt found missing, to the existing grant if there is one. @param {Interaction} interaction */
async function grantAll(interaction) {
  const { details } = interaction.prompt;
  const grant = interaction.grantId
    ? await provider.Grant.find(interaction.grantId)
    : new provider.Grant({ accountId: interaction.session?.accountId, clientId: interaction.params.client_id });
  if (details.missingOIDCScope) grant.addOIDCScope(details.missingOIDCScope.join(' '));
  if (details.missingOIDCClaims) grant.addOIDCClaims(details.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(details.missingResourceScopes ?? {})) {
    grant.addResourceScope(indicator, scopes.join(' '));
  }
  return grant.save();
}

/** @param {Interaction} interaction @param {string} [error] */
function loginPage(interaction, error) {
  const action = `/interaction/${interaction.uid}/login`;
  const buttons = [...accounts.values()]
    .map((account) => {
      const label = `Sign in as ${account.name} (${account.email}) — ${account.roles.join(', ') || 'no roles'}`;
      return `<li><form method="post" action="${action}" data-email="${escape(account.email.toLowerCase())}">
<input type="hidden" name="email" value="${escape(account.email)}"><button type="submit">${escape(label)}</button></form></li>`;
    })
    .join('\n');
  return page(
    'Sign in — Auditflow development identity provider',
    `<h1>Sign in to Auditflow</h1>
<p>This is the <strong>development identity provider of Auditflow</strong>, for local development and tests only.
It has no passwords: choosing an account signs you in as that account.</p>
<p>Application: <code>${escape(interaction.params.client_id)}</code></p>
${error ? `<p role="alert" class="error" id="login-error">${escape(error)}</p>` : ''}
<h2>Accounts</h2>
<ul class="accounts">${buttons}</ul>
<h2>Another address</h2>
<form method="post" action="${action}" id="login-by-email">
<label for="email">E-mail address</label>
<input id="email" name="email" type="email" autocomplete="email" required>
<button type="submit">Sign in</button>
</form>`,
  );
}

/** @param {KoaContext} ctx @param {string} form the form oidc-provider wants submitted (id="op.logoutForm") */
async function logoutSource(ctx, form) {
  ctx.body = page(
    'Sign out — Auditflow development identity provider',
    `<h1>Sign out</h1><p>Do you want to sign out of the Auditflow development identity provider?</p>${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Yes, sign me out</button>
<button type="submit" form="op.logoutForm">No, stay signed in</button>`,
  );
}

/** @param {KoaContext} ctx */
async function postLogoutSuccessSource(ctx) {
  ctx.body = page('Signed out — Auditflow development identity provider', '<h1>Signed out</h1><p>You have signed out.</p>');
}

/** @param {KoaContext} ctx @param {Record<string, string>} out */
async function renderError(ctx, out) {
  ctx.type = 'html';
  const rows = Object.entries(out).map(([key, value]) => `<dt>${escape(key)}</dt><dd>${escape(String(value))}</dd>`);
  ctx.body = page('Error — Auditflow development identity provider', `<h1>Something went wrong</h1><dl>${rows.join('')}</dl>`);
}

/** @param {string} title @param {string} body */
function page(title, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.4}
ul{list-style:none;padding:0}li{margin:.4rem 0}button{font:inherit;padding:.4rem .8rem;cursor:pointer}
input{font:inherit;padding:.3rem;margin:0 .4rem}.error{color:#a00;font-weight:bold}</style>
</head><body><main>${body}</main></body></html>`;
}

/** @param {string} text */
function escape(text) {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** @param {Request} request */
async function readBody(request) {
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > 65_536) throw new Error('request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads the signing key from `file`, or creates an RS256 key there (mode 0600) when there is none. @param {string} file */
async function loadOrCreateSigningKey(file) {
  try {
    return /** @type {{ keys: PrivateJwk[] }} */ (JSON.parse(readFileSync(file, 'utf8'))).keys[0];
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
  }
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint({ kty: jwk.kty, n: jwk.n, e: jwk.e });
  const key = /** @type {PrivateJwk} */ ({ ...jwk, kid, alg: 'RS256', use: 'sig' });
  mkdirSync(dirname(file), { recursive: true });
  try {
    writeFileSync(file, `${JSON.stringify({ keys: [key] }, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process created it meanwhile: use theirs, so that everybody signs with the same key.
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'EEXIST') return loadOrCreateSigningKey(file);
    throw error;
  }
  return key;
}

const server = createServer(provider.callback());
server.listen(config.port, '127.0.0.1', () => console.log(`identity provider listening on ${issuer}`));
for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
