import { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { AppConfig } from '@auditflow/config';

/**
 * What every response and request goes through before any route: security headers (helmet), request bodies no
 * larger than REQUEST_BODY_LIMIT, and cross-origin requests only from PUBLIC_URL's origin (with credentials).
 */
export function harden(app: NestExpressApplication, config: AppConfig): void {
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // The OpenAPI page (/docs) styles itself inline; everything else is same-origin.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          // Forms post to this origin; single sign-on then redirects to the identity provider.
          'form-action': ["'self'", ...(config.OIDC_ISSUER_URL ? [new URL(config.OIDC_ISSUER_URL).origin] : [])],
          'upgrade-insecure-requests': config.publicUrl.startsWith('https://') ? [] : null,
        },
      },
      hsts: config.publicUrl.startsWith('https://'),
      // Not helmet's no-referrer: under it browsers send `Origin: null` with form posts and fetches, and the
      // same-origin check refuses the sign-in form and every change the web app makes. Nothing leaves the site.
      referrerPolicy: { policy: 'same-origin' },
    }),
  );
  app.useBodyParser('json', { limit: config.REQUEST_BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: config.REQUEST_BODY_LIMIT, extended: false });
  app.enableCors({ origin: new URL(config.publicUrl).origin, credentials: true });
  // Behind a reverse proxy, X-Forwarded-For names the client (for rate limits and the security record).
  if (config.TRUST_PROXY) app.set('trust proxy', /^\d+$/.test(config.TRUST_PROXY) ? Number(config.TRUST_PROXY) : config.TRUST_PROXY);
}
