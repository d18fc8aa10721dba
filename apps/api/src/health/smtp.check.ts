import { Inject, Injectable } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import { AppConfig } from '@auditflow/config';
import { APP_CONFIG } from '../infrastructure/tokens';
import { CHECK_TIMEOUT_MS, CheckResult, down, runCheck, up } from './health-check';

/** The SMTP relay accepts a connection and greets us (nodemailer's verify). */
@Injectable()
export class SmtpCheck {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  check(): Promise<CheckResult> {
    const url = this.config.SMTP_URL;
    if (!url) return Promise.resolve(down('SMTP_URL is not set'));
    return runCheck(async () => {
      const transport = createTransport({
        url,
        connectionTimeout: CHECK_TIMEOUT_MS,
        greetingTimeout: CHECK_TIMEOUT_MS,
        socketTimeout: CHECK_TIMEOUT_MS,
      });
      try {
        await transport.verify();
        return up();
      } finally {
        transport.close();
      }
    });
  }
}
