import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { AppConfig } from '@auditflow/config';
import { CSRF_HEADER } from '@auditflow/domain';
import { APP_CONFIG } from '../infrastructure/tokens';
import { Authenticator } from './authenticator.service';
import { BEARER_CHALLENGE, unauthorized } from './unauthorized';
import { PUBLIC_ROUTE } from './decorators';
import { AuthenticatedRequest } from './principal';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every route needs a signed-in person unless marked @Public(). Changes made with a session cookie must carry the
 * session's CSRF token in the x-csrf-token header; read-only API tokens may only read. A browser opening a page
 * without a session (a mail link) is sent to sign in and comes back.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly publicOrigin: string;

  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.publicOrigin = new URL(config.publicUrl).origin;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()]);
    refuseForeignOrigin(request, this.publicOrigin);
    let principal;
    try {
      principal = await this.authenticator.authenticate(request);
    } catch (error) {
      response.setHeader('WWW-Authenticate', BEARER_CHALLENGE);
      throw error;
    }
    if (principal) request.principal = principal;
    if (isPublic) return true;
    if (!principal) {
      response.setHeader('WWW-Authenticate', BEARER_CHALLENGE);
      throw unauthorized('sign in first: a session cookie (GET /auth/sign-in) or an Authorization: Bearer token');
    }
    if (!SAFE_METHODS.has(request.method)) {
      if (principal.session && request.headers[CSRF_HEADER] !== principal.session.csrfToken) {
        throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', message: `header ${CSRF_HEADER}: missing or wrong; read it from GET /auth/session` });
      }
      if (principal.token?.scope === 'read') {
        throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', message: 'this API token is read-only: create one with scope "act" to take steps' });
      }
    }
    return true;
  }
}

/**
 * A browser says where a change comes from: one posted from another site (a forged sign-in form, say) is refused,
 * sign-in steps included. Clients that send no Origin (scripts, tests) are judged by their credentials alone.
 */
function refuseForeignOrigin(request: AuthenticatedRequest, publicOrigin: string): void {
  const origin = request.headers.origin;
  if (SAFE_METHODS.has(request.method) || origin === undefined || origin === publicOrigin) return;
  throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', message: `changes are accepted only from ${publicOrigin} (Origin: ${origin})` });
}
