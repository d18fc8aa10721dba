import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { createTransport } from 'nodemailer';
import { AppConfig } from '@auditflow/config';
import { APP_CONFIG } from '../infrastructure/tokens';
import { CHECK_TIMEOUT_MS, down, indicatorResult, runCheck, up } from './health-check';

/** The SMTP relay accepts a connection and greets us (nodemailer's verify). */
@Injectable()
export class SmtpIndicator {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async check(): Promise<HealthIndicatorResult<'smtp'>> {
    const url = this.config.SMTP_URL;
    const result = url ? await runCheck(() => this.verify(url)) : down('SMTP_URL is not set');
    return indicatorResult(this.indicators, 'smtp', result);
  }

  private async verify(url: string) {
    const transport = createTransport({ url, connectionTimeout: CHECK_TIMEOUT_MS, greetingTimeout: CHECK_TIMEOUT_MS, socketTimeout: CHECK_TIMEOUT_MS });
    try {
      await transport.verify();
      return up();
    } finally {
      transport.close();
    }
  }
}
