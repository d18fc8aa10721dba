import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { unauthorized } from './unauthorized';
import { AuthenticatedRequest, Principal } from './principal';

export const PUBLIC_ROUTE = 'auditflow:public';

export const SIGN_IN_STEP = 'auditflow:sign-in-step';

/** A step of signing in: public, and limited per client IP. */
export const SignInStep = () => applyDecorators(SetMetadata(PUBLIC_ROUTE, true), SetMetadata(SIGN_IN_STEP, true));

/** The route answers without sign-in (health, the sign-in pages). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The signed-in person; the guard has already refused requests without one. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw unauthorized('sign in first');
  return principal;
});
