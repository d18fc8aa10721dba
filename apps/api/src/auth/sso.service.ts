import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import * as oidc from 'openid-client';
import { DataSource } from 'typeorm';
import { AppConfig } from '@auditflow/config';
import { insertSsoSignIn, Person, takeSsoSignIn, upsertSsoPerson } from '@auditflow/persistence';
import { APP_CONFIG } from '../infrastructure/tokens';
import { identityFromClaims } from './identity-claims';
import { IdentityProviderService } from './identity-provider.service';
import { hashSecret } from './secrets';
import { SecurityLog } from './security-log.service';

/** A pending round trip to the identity provider may take this long (the person types a password, maybe MFA). */
export const SSO_ROUND_TRIP_MS = 10 * 60_000;

/**
 * Single sign-on: authorization code flow with PKCE, state and nonce. The pending round trip is kept server-side
 * under the hash of its state, which also sits in a short-lived cookie, so a callback completes once, in the browser
 * that started it.
 */
@Injectable()
export class SsoService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identityProvider: IdentityProviderService,
    private readonly securityLog: SecurityLog,
  ) {}

  async start(returnTo: string): Promise<{ authorizationUrl: string; state: string }> {
    const configuration = await this.identityProvider.configuration();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    await insertSsoSignIn(this.dataSource, { stateHash: hashSecret(state), codeVerifier, nonce, returnTo, expiresAt: new Date(Date.now() + SSO_ROUND_TRIP_MS) });
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.identityProvider.redirectUri,
      scope: this.config.OIDC_SCOPES,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { authorizationUrl: url.href, state };
  }

  /** Completes the round trip: exchanges the code, checks the ID token, and finds or creates the person. */
  async finish(request: Request, stateFromCookie: string | undefined): Promise<{ person: Person; returnTo?: string }> {
    const callbackUrl = new URL(request.originalUrl, this.identityProvider.redirectUri);
    const state = callbackUrl.searchParams.get('state');
    const refuse = async (reason: string): Promise<never> => {
      await this.securityLog.record('sign-in.failed', { ip: request.ip, detail: { method: 'sso', reason } });
      throw new HttpException({ statusCode: 401, error: 'Unauthorized', message: `single sign-on failed: ${reason}` }, HttpStatus.UNAUTHORIZED);
    };
    if (!state || !stateFromCookie || state !== stateFromCookie) return refuse('the sign-in was not started in this browser');
    const pending = await takeSsoSignIn(this.dataSource, hashSecret(state));
    if (!pending) return refuse('the sign-in expired or was completed already');
    let claims: Record<string, unknown>;
    try {
      const tokens = await oidc.authorizationCodeGrant(await this.identityProvider.configuration(), callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      claims = (tokens.claims() ?? {}) as Record<string, unknown>;
    } catch (error) {
      return refuse(error instanceof Error ? error.message : String(error));
    }
    const identity = identityFromClaims(claims, this.config);
    if (!identity) return refuse('the identity provider sent no e-mail address');
    const { person, rolesBefore } = await upsertSsoPerson(this.dataSource, identity);
    if (!rolesBefore) await this.securityLog.record('person.created', { personId: person.id, email: person.email, detail: { source: 'sso', roles: person.roles } });
    else if (identity.roles && [...rolesBefore].sort().join() !== [...person.roles].sort().join()) {
      await this.securityLog.record('person.roles-changed', { personId: person.id, email: person.email, detail: { before: rolesBefore, after: person.roles, by: 'identity provider' } });
    }
    if (!person.active) return refuse(`${person.email} is deactivated in Auditflow`);
    return { person, returnTo: pending.returnTo };
  }
}
