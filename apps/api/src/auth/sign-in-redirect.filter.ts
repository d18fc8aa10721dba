import { ArgumentsHost, Catch, ExceptionFilter, UnauthorizedException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { signInPath } from '@auditflow/domain';

/**
 * A browser that opens a page without being signed in (the link in a task mail, say) is sent to sign in and comes
 * back to the same address afterwards. API clients get the 401 as it is.
 */
@Catch(UnauthorizedException)
export class SignInRedirectFilter implements ExceptionFilter {
  catch(exception: UnauthorizedException, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    if (request.method === 'GET' && !request.headers.authorization && request.accepts(['json', 'html']) === 'html') {
      response.redirect(303, signInPath(request.originalUrl));
      return;
    }
    response.status(exception.getStatus()).json(exception.getResponse());
  }
}
