import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AppConfig } from '@auditflow/config';
import { durationToMs } from '@auditflow/domain';
import { endSession, insertSession, Person, SessionMethod, useSession } from '@auditflow/persistence';
import { APP_CONFIG } from '../infrastructure/tokens';
import { SessionCookies } from './cookies';
import { Principal } from './principal';
import { hashSecret, newSecret } from './secrets';
import { SecurityLog } from './security-log.service';

/**
 * Server-side sessions in PostgreSQL. The cookie holds a random id; the table holds only its hash. Every sign-in
 * makes a new id (no fixation), sessions end after SESSION_IDLE_TIMEOUT without use or SESSION_ABSOLUTE_TIMEOUT in
 * all, and a sign-out or a deactivation ends them at once.
 */
@Injectable()
export class SessionService {
  readonly cookies: SessionCookies;
  private readonly idleMs: number;
  private readonly absoluteMs: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly securityLog: SecurityLog,
  ) {
    this.cookies = new SessionCookies(config);
    this.idleMs = durationToMs(config.SESSION_IDLE_TIMEOUT);
    this.absoluteMs = durationToMs(config.SESSION_ABSOLUTE_TIMEOUT);
  }

  /** Starts a session for the person and sets its cookie; any session the browser had before is ended. */
  async start(request: Request, response: Response, person: Person, method: SessionMethod): Promise<{ csrfToken: string }> {
    const previous = this.cookies.read(request, this.cookies.sessionName);
    if (previous) await endSession(this.dataSource, hashSecret(previous), 'replaced by a new sign-in');
    const id = newSecret();
    const csrfToken = newSecret();
    await insertSession(this.dataSource, {
      idHash: hashSecret(id),
      personId: person.id,
      method,
      csrfToken,
      expiresAt: new Date(Date.now() + this.absoluteMs),
      ip: request.ip,
      userAgent: request.headers['user-agent'],
    });
    this.cookies.set(response, this.cookies.sessionName, id, Math.floor(this.absoluteMs / 1000));
    await this.securityLog.record('sign-in', { personId: person.id, email: person.email, ip: request.ip, detail: { method } });
    return { csrfToken };
  }

  /** The principal of the request's session cookie, or undefined when there is none or it has ended. */
  async principal(request: Request): Promise<Principal | undefined> {
    const id = this.cookies.read(request, this.cookies.sessionName);
    if (!id) return undefined;
    const found = await useSession(this.dataSource, hashSecret(id), this.idleMs);
    if (!found || !found.person.active) return undefined;
    const { person, session } = found;
    return { personId: person.id, email: person.email, name: person.name, roles: person.roles, via: session.method, session: { idHash: session.idHash, csrfToken: session.csrfToken } };
  }

  async end(request: Request, response: Response, principal: Principal): Promise<void> {
    if (principal.session) await endSession(this.dataSource, principal.session.idHash, 'signed out');
    this.cookies.clear(response, this.cookies.sessionName);
    await this.securityLog.record('sign-out', { personId: principal.personId, email: principal.email, ip: request.ip });
  }
}
