import type { Request } from 'express';
import type { Actor, OrgRole, SignInMethod } from '@auditflow/domain';
import type { ApiTokenScope, Viewer } from '@auditflow/persistence';

/** The verified person behind a request, and how they proved it. */
export interface Principal {
  personId: string;
  email: string;
  name: string;
  roles: OrgRole[];
  via: SignInMethod;
  /** Set when the request came with a session cookie. */
  session?: { idHash: string; csrfToken: string };
  /** Set when the request came with an API token. */
  token?: { id: string; scope: ApiTokenScope };
}

export type AuthenticatedRequest = Request & { principal?: Principal };

export function isAdmin(principal: Principal): boolean {
  return principal.roles.includes('admin');
}

/** The principal as the read model's scoping sees it. */
export function viewerOf(principal: Principal): Viewer {
  return { email: principal.email, admin: isAdmin(principal) };
}

/** The actor of a step: the signed-in person, in the role they act in, and how they signed in (for the timeline). */
export function actorOf(principal: Principal, role: Actor['role']): Actor {
  return { email: principal.email, role, personId: principal.personId, via: principal.via };
}
