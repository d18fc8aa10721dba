import { applyDecorators, BadRequestException, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { z } from 'zod';
import { AUDIT_ROLES, Actor } from '../../../../libs/domain/src/roles';
import { email } from '../../../../libs/domain/src/schemas';

export const ACTOR_EMAIL_HEADER = 'x-actor-email';
export const ACTOR_ROLE_HEADER = 'x-actor-role';

const actorSchema = z.object({ email, role: z.enum(AUDIT_ROLES) });

/**
 * Who is acting. Until authentication arrives the caller states it in two headers; the rules still check that the
 * person holds that role in the audit, so a wrong claim gets a 403.
 */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const headers = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>().headers;
  const result = actorSchema.safeParse({ email: headers[ACTOR_EMAIL_HEADER], role: headers[ACTOR_ROLE_HEADER] });
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const header = issue.path[0] === 'email' ? ACTOR_EMAIL_HEADER : ACTOR_ROLE_HEADER;
  throw new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: `header ${header}: ${headers[header] === undefined ? 'is required' : issue.message}`,
    violations: [{ field: `header.${header}`, rule: issue.code, message: issue.message }],
  });
});

export function ApiActorHeaders(): MethodDecorator {
  return applyDecorators(
    ApiHeader({ name: ACTOR_EMAIL_HEADER, required: true, description: 'e-mail of the person acting (stands in for authentication)' }),
    ApiHeader({ name: ACTOR_ROLE_HEADER, required: true, description: `role the person acts in: ${AUDIT_ROLES.join(', ')}`, enum: [...AUDIT_ROLES] }),
  );
}
