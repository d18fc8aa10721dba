import { join, resolve as resolvePath } from 'node:path';
import { freePort } from './free-port';
import { describeExit, ManagedProcess, startProcess } from './managed-process';
import { REPO_ROOT } from './repo-root';

// Starts libs/devstack/identity-provider/server.mjs: a real OpenID Connect provider (oidc-provider) for development
// and tests, with a fixed list of accounts and no passwords. Its configuration travels as JSON in this variable.
export const IDENTITY_PROVIDER_CONFIG_ENV = 'IDENTITY_PROVIDER_CONFIG';
export const IDENTITY_PROVIDER_SERVER = join(REPO_ROOT, 'libs', 'devstack', 'identity-provider', 'server.mjs');

export interface IdentityAccount {
  email: string;
  name: string;
  unit?: string;
  roles: string[];
}

export interface IdentityClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
  /**
   * Default 'web': redirect URIs must match exactly. 'native' (RFC 8252): a loopback redirect URI such as
   * `http://127.0.0.1/callback` matches on any port, and every authorization passes the (automatic) consent step.
   */
  applicationType?: 'web' | 'native';
}

export interface IdentityProviderOptions {
  /** 0 picks a free port. */
  port: number;
  accounts: IdentityAccount[];
  clients: IdentityClient[];
  /** Name of the claim that carries an account's `roles`, e.g. 'auditflow_roles'. */
  rolesClaim: string;
  /** The API's resource identifier: access tokens are RS256 JWTs with this `aud`. */
  accessTokenAudience: string;
  /** JSON file with the private signing JWKS (`{ "keys": [jwk] }`): created if missing, reused if present. */
  keysFile: string;
  /** Keys signing the provider's cookies; random (so sessions end with the process) when not given. */
  cookieKeys?: string[];
  /** Default 600. */
  accessTokenTtlSeconds?: number;
  /** The child's stdout and stderr are appended here. */
  logFile?: string;
  /** Echoes the child's output as `[identity-provider] line`. */
  echo?: boolean;
  /** Default 20 s. */
  startTimeoutMs?: number;
}

/** What server.mjs reads from IDENTITY_PROVIDER_CONFIG: the options less the launcher's own, with a real port. */
export type IdentityProviderConfig = Omit<IdentityProviderOptions, 'logFile' | 'echo' | 'startTimeoutMs'>;

export interface RunningIdentityProvider {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  issuer: string;
  port: number;
  /** Absolute path of the signing JWKS. */
  keysFile: string;
  process: ManagedProcess;
  stop(): Promise<void>;
}

/**
 * Starts the provider on `options.port`, or on a free port when none is given. A free port can be taken by another
 * process between finding it and listening on it (servers started alongside open ports of their own), so that case
 * is tried again on another port.
 */
export async function startIdentityProvider(options: IdentityProviderOptions): Promise<RunningIdentityProvider> {
  if (options.port) return startOnPort(options, options.port);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startOnPort(options, await freePort());
    } catch (error) {
      if (attempt >= 3 || !String(error instanceof Error ? error.message : error).includes('EADDRINUSE')) throw error;
    }
  }
}

async function startOnPort(options: IdentityProviderOptions, port: number): Promise<RunningIdentityProvider> {
  const keysFile = resolvePath(options.keysFile);
  const { logFile: _logFile, echo: _echo, startTimeoutMs: _timeout, ...rest } = options;
  const config: IdentityProviderConfig = { ...rest, port, keysFile };
  const issuer = `http://127.0.0.1:${port}`;
  const child = startProcess({
    name: 'identity-provider',
    command: process.execPath,
    args: [IDENTITY_PROVIDER_SERVER],
    env: { ...process.env, [IDENTITY_PROVIDER_CONFIG_ENV]: JSON.stringify(config) },
    logFile: options.logFile,
    echo: options.echo,
    stopTimeoutMs: 5_000,
  });
  try {
    await waitForDiscovery(issuer, options.startTimeoutMs ?? 20_000, () => {
      const exit = child.exitStatus();
      const log = options.logFile ? ` (log: ${options.logFile})` : '';
      return exit && `the identity provider ${describeExit(exit)} while starting${log}\n${child.outputTail().trim()}`;
    });
  } catch (error) {
    await child.stop();
    throw error;
  }
  return {
    issuer,
    port,
    keysFile,
    process: child,
    async stop() {
      const exit = await child.stop();
      if (exit.error) throw new Error(`identity provider ${describeExit(exit)}`);
    },
  };
}

/** Polls the discovery document until it answers 200. */
async function waitForDiscovery(issuer: string, timeoutMs: number, failure: () => string | undefined): Promise<void> {
  const url = `${issuer}/.well-known/openid-configuration`;
  const deadline = Date.now() + timeoutMs;
  let last: string;
  for (;;) {
    const reason = failure();
    if (reason) throw new Error(reason);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      if (response.status === 200) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s; last: ${last}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
