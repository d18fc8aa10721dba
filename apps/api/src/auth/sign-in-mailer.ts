import { Inject, Injectable, Logger } from '@nestjs/common';
import { Transporter } from 'nodemailer';
import { createMailTransport } from '@auditflow/activities/mail-transport';
import { AppConfig } from '@auditflow/config';
import { escapeHtml } from '../common/escape-html';
import { APP_CONFIG } from '../infrastructure/tokens';


/**
 * Sends sign-in links straight from the API: a person waits for it, it is worth nothing once expired, and asking
 * again sends a new one, so it needs neither the outbox nor a workflow.
 */
@Injectable()
export class SignInMailer {
  private readonly logger = new Logger('sign-in-mail');
  private transport?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async send(to: string, name: string, link: string, validForMinutes: number): Promise<void> {
    if (!this.config.SMTP_URL) throw new Error('SMTP_URL is not set: sign-in links cannot be mailed');
    this.transport ??= createMailTransport(this.config.SMTP_URL);
    const text = [
      `Hello ${name},`,
      '',
      'Open this link to sign in to Auditflow:',
      link,
      '',
      `It works once, within ${validForMinutes} minutes. If you did not ask to sign in, ignore this mail: nobody can use it without access to your mailbox.`,
    ].join('\n');
    const html = `<p>Hello ${escapeHtml(name)},</p><p><a href="${escapeHtml(link)}">Sign in to Auditflow</a></p>
<p>It works once, within ${validForMinutes} minutes. If you did not ask to sign in, ignore this mail.</p>`;
    await this.transport.sendMail({ from: this.config.MAIL_FROM, to, subject: 'Sign in to Auditflow', text, html, headers: { 'Auto-Submitted': 'auto-generated' } });
  }

  /** Fire and forget, so the answer takes the same time whether or not a mail goes out. */
  sendInBackground(to: string, name: string, link: string, validForMinutes: number): void {
    this.send(to, name, link, validForMinutes).catch((error: unknown) => this.logger.error(`sign-in link to ${to} not sent: ${error instanceof Error ? error.message : String(error)}`));
  }
}
