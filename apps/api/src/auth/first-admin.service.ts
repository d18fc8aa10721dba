import { HttpException, HttpStatus, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { AppConfig } from '@auditflow/config';
import { consumeSignInLink, countActiveAdmins, findPersonByEmail, hasOpenSetupLink, insertPerson, insertSignInLink, Person, updatePerson } from '@auditflow/persistence';
import { APP_CONFIG } from '../infrastructure/tokens';
import { hashSecret, newSecret } from './secrets';
import { SecurityLog } from './security-log.service';

const SETUP_LINK_VALIDITY_MS = 7 * 24 * 3600_000;

/**
 * The first admin. With ADMIN_EMAIL that person is made an active admin at every start (production). Otherwise a
 * directory without an admin gets a one-time setup link, printed in the log: whoever opens it first names
 * themselves and becomes admin.
 */
@Injectable()
export class FirstAdminService implements OnApplicationBootstrap {
  private readonly logger = new Logger('setup');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly securityLog: SecurityLog,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.ADMIN_EMAIL) {
      await this.ensureAdmin(this.config.ADMIN_EMAIL);
      return;
    }
    if ((await countActiveAdmins(this.dataSource)) > 0 || (await hasOpenSetupLink(this.dataSource))) return;
    const token = newSecret();
    await insertSignInLink(this.dataSource, { tokenHash: hashSecret(token), purpose: 'setup', expiresAt: new Date(Date.now() + SETUP_LINK_VALIDITY_MS) });
    this.logger.warn(`No administrator yet. Open this one-time setup link to become the first: ${this.config.publicUrl}/auth/setup?token=${token}`);
  }

  async ensureAdmin(email: string): Promise<Person> {
    const existing = await findPersonByEmail(this.dataSource, email);
    if (!existing) {
      const created = (await insertPerson(this.dataSource, { email, name: email, roles: ['admin'] }, 'setup'))!;
      await this.securityLog.record('admin.setup', { personId: created.id, email, detail: { via: 'ADMIN_EMAIL' } });
      return created;
    }
    if (existing.active && existing.roles.includes('admin')) return existing;
    const updated = (await updatePerson(this.dataSource, existing.id, { active: true, roles: [...new Set([...existing.roles, 'admin' as const])] }))!;
    await this.securityLog.record('admin.setup', { personId: updated.id, email, detail: { via: 'ADMIN_EMAIL', rolesBefore: existing.roles } });
    return updated;
  }

  /** Uses the setup link once: the named person becomes an active admin. */
  async complete(request: Request, token: string, email: string, name: string): Promise<Person> {
    const link = await consumeSignInLink(this.dataSource, hashSecret(token), 'setup');
    if (!link) {
      await this.securityLog.record('sign-in.failed', { email, ip: request.ip, detail: { method: 'link', reason: 'setup link used, expired or unknown' } });
      throw new HttpException({ statusCode: 401, error: 'Unauthorized', message: 'this setup link is used, expired or unknown' }, HttpStatus.UNAUTHORIZED);
    }
    const person = await this.ensureAdmin(email);
    return person.name === email && name ? ((await updatePerson(this.dataSource, person.id, { name })) ?? person) : person;
  }
}
