import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { AppConfig } from '@auditflow/config';
import { findPersonById, upsertSsoPerson, useApiToken } from '@auditflow/persistence';
import { APP_CONFIG } from '../infrastructure/tokens';
import { identityFromClaims } from './identity-claims';
import { IdentityProviderService } from './identity-provider.service';
import { Principal } from './principal';
import { API_TOKEN_PREFIX, hashSecret } from './secrets';
import { SecurityLog } from './security-log.service';
import { SessionService } from './session.service';
import { unauthorized } from './unauthorized';


/**
 * Finds who sent a request: an `Authorization: Bearer` API token or identity-provider access token, else the session
 * cookie. A bearer that does not verify is refused outright rather than ignored.
 */
@Injectable()
export class Authenticator {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly identityProvider: IdentityProviderService,
    private readonly securityLog: SecurityLog,
  ) {}

  async authenticate(request: Request): Promise<Principal | undefined> {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const [scheme, credential] = authorization.split(' ');
      if (scheme?.toLowerCase() !== 'bearer' || !credential) throw unauthorized('the Authorization header must be "Bearer <token>"');
      return credential.startsWith(API_TOKEN_PREFIX) ? this.apiToken(request, credential) : this.accessToken(request, credential);
    }
    return this.sessions.principal(request);
  }

  private async apiToken(request: Request, credential: string): Promise<Principal> {
    const token = await useApiToken(this.dataSource, hashSecret(credential));
    const person = token && (await findPersonById(this.dataSource, token.personId));
    if (!token || !person?.active) {
      await this.securityLog.record('sign-in.failed', { ip: request.ip, detail: { method: 'token', reason: 'unknown, revoked or expired API token' } });
      throw unauthorized('the API token is unknown, revoked or expired');
    }
    return { personId: person.id, email: person.email, name: person.name, roles: person.roles, via: 'token', token: { id: token.id, scope: token.scope } };
  }

  private async accessToken(request: Request, credential: string): Promise<Principal> {
    if (!this.identityProvider.configured) throw unauthorized('bearer tokens must be Auditflow API tokens: single sign-on is not configured');
    let claims;
    try {
      claims = await this.identityProvider.verifyAccessToken(credential);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await this.securityLog.record('sign-in.failed', { ip: request.ip, detail: { method: 'sso', reason: `access token refused: ${reason}` } });
      throw unauthorized(`the access token was refused: ${reason}`);
    }
    const identity = identityFromClaims(claims as Record<string, unknown>, this.config);
    if (!identity) throw unauthorized('the access token names no e-mail address');
    const { person } = await upsertSsoPerson(this.dataSource, { ...identity, roles: identity.roles });
    if (!person.active) throw unauthorized(`${person.email} is deactivated`);
    return { personId: person.id, email: person.email, name: person.name, roles: person.roles, via: 'sso' };
  }
}
