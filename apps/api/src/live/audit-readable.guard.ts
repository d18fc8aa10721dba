import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { AuditsService } from '../audits/audits.service';
import { AuthenticatedRequest } from '../auth/principal';
import { unauthorized } from '../auth/unauthorized';
import { CanonicalUuidPipe } from '../common/uuid.pipe';

/**
 * Lets through only a person who may read the audit named by the route's `:id` (404 otherwise, as for the audit).
 * A guard, because a stream's headers go out before its handler's own checks could answer 404.
 */
@Injectable()
export class AuditReadableGuard implements CanActivate {
  constructor(private readonly audits: AuditsService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest & { params: Record<string, string> }>();
    if (!request.principal) throw unauthorized('sign in first');
    const id = await new CanonicalUuidPipe().transform(request.params.id, { type: 'param', data: 'id' });
    await this.audits.access(request.principal, id);
    return true;
  }
}
