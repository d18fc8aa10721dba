import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@auditflow/config';
import { durationToMs, forbidden, invalid, notFound } from '@auditflow/domain';
import { ApiTokenRecord, ApiTokenScope, findApiToken, insertApiToken, listApiTokens, revokeApiToken } from '@auditflow/persistence';
import { APP_CONFIG } from '../infrastructure/tokens';
import { isAdmin, Principal } from './principal';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from './secrets';
import { SecurityLog } from './security-log.service';

/** API tokens: each person creates and revokes their own; shown once, stored as a hash, with an expiry and a scope. */
@Injectable()
export class ApiTokensService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly securityLog: SecurityLog,
  ) {}

  async create(principal: Principal, input: { name: string; scope: ApiTokenScope; expiresIn?: string }): Promise<ApiTokenRecord & { token: string }> {
    // A token cannot mint tokens: a leaked one must not be able to outlive its own revocation.
    if (principal.via === 'token') throw forbidden('API tokens are created by a signed-in person, not with another API token');
    const lifetime = durationToMs(input.expiresIn ?? this.config.API_TOKEN_DEFAULT_LIFETIME);
    if (lifetime > durationToMs(this.config.API_TOKEN_MAX_LIFETIME)) invalidLifetime(this.config.API_TOKEN_MAX_LIFETIME);
    const token = `${API_TOKEN_PREFIX}${newSecret()}`;
    const record = await insertApiToken(this.dataSource, {
      personId: principal.personId,
      name: input.name,
      tokenHash: hashSecret(token),
      prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
      scope: input.scope,
      expiresAt: new Date(Date.now() + lifetime),
    });
    await this.securityLog.record('api-token.created', { personId: principal.personId, email: principal.email, byPersonId: principal.personId, detail: { tokenId: record.id, name: input.name, scope: input.scope, expiresAt: record.expiresAt } });
    return { ...record, token };
  }

  /** A person's own tokens; an admin may list anyone's (personId) or every token. */
  list(principal: Principal, personId?: string): Promise<ApiTokenRecord[]> {
    if (!isAdmin(principal)) return listApiTokens(this.dataSource, principal.personId);
    return listApiTokens(this.dataSource, personId);
  }

  async revoke(principal: Principal, id: string): Promise<ApiTokenRecord> {
    const token = await findApiToken(this.dataSource, id);
    if (!token || (token.personId !== principal.personId && !isAdmin(principal))) throw notFound(`API token ${id} does not exist`);
    const revoked = (await revokeApiToken(this.dataSource, id))!;
    await this.securityLog.record('api-token.revoked', { personId: token.personId, byPersonId: principal.personId, email: principal.email, detail: { tokenId: id, name: token.name } });
    return revoked;
  }
}

function invalidLifetime(max: string): never {
  throw invalid('expiresIn', `must not be longer than ${max} (API_TOKEN_MAX_LIFETIME)`);
}
