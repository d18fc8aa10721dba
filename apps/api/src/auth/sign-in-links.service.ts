import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { AppConfig } from '@auditflow/config';
import { durationToMs } from '@auditflow/domain';
import { consumeSignInLink, countSignInRequest, findPersonByEmail, insertSignInLink, peekSignInLink, Person } from '@auditflow/persistence';
import { APP_CONFIG } from '../infrastructure/tokens';
import { hashSecret, newSecret } from './secrets';
import { SecurityLog } from './security-log.service';
import { SignInMailer } from './sign-in-mailer';

export const LINK_REQUESTED_MESSAGE = 'If this address belongs to someone in Auditflow, a sign-in link is on its way. It works once and expires soon.';

/**
 * E-mail sign-in links: single use, expiring (SIGN_IN_LINK_TTL), stored as a hash, rate-limited per address and per
 * client IP. The answer to a request is the same whether or not the address is known.
 */
@Injectable()
export class SignInLinksService {
  private readonly ttlMs: number;
  private readonly windowMs: number;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: SignInMailer,
    private readonly securityLog: SecurityLog,
  ) {
    this.ttlMs = durationToMs(config.SIGN_IN_LINK_TTL);
    this.windowMs = durationToMs(config.SIGN_IN_RATE_WINDOW);
  }

  async request(request: Request, email: string, returnTo: string): Promise<void> {
    const ip = request.ip ?? 'unknown';
    const counts = await countSignInRequest(this.dataSource, email, ip, this.windowMs);
    if (counts.byAddress > this.config.SIGN_IN_LINKS_PER_ADDRESS || counts.byIp > this.config.SIGN_IN_LINKS_PER_IP) {
      await this.securityLog.record('sign-in-link.refused', { email, ip, detail: { reason: 'rate limit', ...counts } });
      throw new HttpException(
        { statusCode: 429, error: 'Too Many Requests', message: 'too many sign-in links asked for; wait a few minutes and try again' },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    const person = await findPersonByEmail(this.dataSource, email);
    await this.securityLog.record('sign-in-link.requested', { email, personId: person?.id, ip, detail: { known: Boolean(person?.active) } });
    if (!person?.active) return;
    const token = newSecret();
    await insertSignInLink(this.dataSource, { tokenHash: hashSecret(token), purpose: 'sign-in', email: person.email, returnTo, expiresAt: new Date(Date.now() + this.ttlMs) });
    const link = `${this.config.publicUrl}/auth/link?token=${encodeURIComponent(token)}`;
    this.mailer.sendInBackground(person.email, person.name, link, Math.round(this.ttlMs / 60_000));
  }

  /** Whether the link would still work, for the confirmation page (opening a link does not use it). */
  async isUsable(token: string): Promise<boolean> {
    return Boolean(await peekSignInLink(this.dataSource, hashSecret(token), 'sign-in'));
  }

  /** Uses the link once; the person it was sent to, or a 401 that does not say which check failed. */
  async consume(request: Request, token: string): Promise<{ person: Person; returnTo?: string }> {
    const link = await consumeSignInLink(this.dataSource, hashSecret(token), 'sign-in');
    const person = link?.email ? await findPersonByEmail(this.dataSource, link.email) : undefined;
    if (!link || !person?.active) {
      await this.securityLog.record('sign-in.failed', { email: link?.email, ip: request.ip, detail: { method: 'link', reason: link ? 'person deactivated' : 'unknown, used or expired link' } });
      throw new HttpException({ statusCode: 401, error: 'Unauthorized', message: 'this sign-in link is used, expired or unknown: ask for a new one' }, HttpStatus.UNAUTHORIZED);
    }
    return { person, returnTo: link.returnTo };
  }
}
