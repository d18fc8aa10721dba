import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { documentActionEndpoints } from './audits/action-openapi';
import { BEARER_SCHEME, SECURITY_REQUIREMENTS, SESSION_COOKIE_SCHEME } from './openapi-security';

/** The OpenAPI document, generated from controllers and from the action registry. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Auditflow')
    .setDescription(
      'ISMS audits (ISO/IEC 27007:2020 over ISO 19011:2018) as durable Temporal workflows. ' +
        'Every human step is one POST, taken by the signed-in person. Sign in with single sign-on or an e-mail link ' +
        '(session cookie; changes also send the x-csrf-token from GET /auth/session), or send an API token as ' +
        '"Authorization: Bearer <token>" (create one with POST /tokens). To try it here, paste a token under Authorize.',
    )
    .setVersion('0.1.0')
    .addCookieAuth('auditflow_session', { type: 'apiKey', in: 'cookie', description: 'session cookie from signing in' }, SESSION_COOKIE_SCHEME)
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'an API token (aft_…) or an access token of the identity provider' }, BEARER_SCHEME)
    .build();
  return requireSignIn(documentActionEndpoints(SwaggerModule.createDocument(app, config)));
}

export function mountOpenApi(app: INestApplication): void {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
}

/** Routes that answer without sign-in; every other operation lists the security schemes. */
const PUBLIC_PATHS = [/^\/health/, /^\/auth\/(sign-in|sso|sign-in-link|link|setup)/];

function requireSignIn(document: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    if (PUBLIC_PATHS.some((pattern) => pattern.test(path))) continue;
    for (const operation of Object.values(item as Record<string, { security?: unknown; responses?: Record<string, unknown> }>)) {
      if (typeof operation !== 'object' || !operation?.responses) continue;
      operation.security = SECURITY_REQUIREMENTS;
      operation.responses['401'] ??= { description: 'not signed in, or the session or token has ended' };
    }
  }
  return document;
}
