import { Inject, Injectable, Logger } from '@nestjs/common';
import { createRemoteJWKSet, JWTPayload, jwtVerify } from 'jose';
import * as oidc from 'openid-client';
import { AppConfig } from '@auditflow/config';
import { APP_CONFIG } from '../infrastructure/tokens';

/**
 * The organisation's OpenID provider, found by discovery on first use (and again after a failure, so the API starts
 * while the provider is down). openid-client does the protocol; jose verifies bearer access tokens against the
 * provider's published keys.
 */
@Injectable()
export class IdentityProviderService {
  private readonly logger = new Logger('sso');
  private discovered?: Promise<{ configuration: oidc.Configuration; keys: ReturnType<typeof createRemoteJWKSet> }>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get configured(): boolean {
    return Boolean(this.config.OIDC_ISSUER_URL);
  }

  get redirectUri(): string {
    return `${this.config.publicUrl}/auth/sso/callback`;
  }

  async configuration(): Promise<oidc.Configuration> {
    return (await this.discover()).configuration;
  }

  /** Verifies a JWT access token: signature from the provider's keys, issuer, audience and expiry. */
  async verifyAccessToken(token: string): Promise<JWTPayload> {
    const { configuration, keys } = await this.discover();
    const { payload } = await jwtVerify(token, keys, {
      issuer: configuration.serverMetadata().issuer,
      audience: this.config.oidcAudience,
      requiredClaims: ['exp', 'iat'],
      clockTolerance: 30,
    });
    return payload;
  }

  private discover() {
    const issuer = this.config.OIDC_ISSUER_URL;
    if (!issuer) throw new Error('single sign-on is not configured (OIDC_ISSUER_URL)');
    this.discovered ??= (async () => {
      const url = new URL(issuer);
      const insecure = url.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined;
      const configuration = await oidc.discovery(url, this.config.OIDC_CLIENT_ID, this.config.OIDC_CLIENT_SECRET, undefined, insecure);
      const jwksUri = configuration.serverMetadata().jwks_uri;
      if (!jwksUri) throw new Error(`the identity provider ${issuer} publishes no jwks_uri`);
      return { configuration, keys: createRemoteJWKSet(new URL(jwksUri)) };
    })();
    this.discovered.catch((error: unknown) => {
      this.logger.warn(`discovery of ${issuer} failed: ${error instanceof Error ? error.message : String(error)}`);
      this.discovered = undefined;
    });
    return this.discovered;
  }
}
