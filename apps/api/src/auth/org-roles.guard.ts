import { CanActivate, ExecutionContext, ForbiddenException, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { OrgRole } from '@auditflow/domain';
import { AuthenticatedRequest } from './principal';

const ORG_ROLES_KEY = 'auditflow:org-roles';

/** The route is for people holding one of these organisation roles; checked before the body is read. */
export const RequireOrgRole = (...roles: OrgRole[]) => SetMetadata(ORG_ROLES_KEY, roles);

@Injectable()
export class OrgRolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<OrgRole[] | undefined>(ORG_ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (!roles?.length) return true;
    const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
    if (principal && roles.some((role) => principal.roles.includes(role))) return true;
    throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', message: `this is for: ${roles.join(', ')}` });
  }
}
