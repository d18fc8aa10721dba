import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { Client } from '@temporalio/client';
import { TEMPORAL_CLIENT } from '../infrastructure/tokens';
import { CHECK_TIMEOUT_MS, indicatorResult, runCheck, up } from './health-check';

/** The Temporal front end answers. */
@Injectable()
export class TemporalIndicator {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async check(): Promise<HealthIndicatorResult<'temporal'>> {
    const result = await runCheck(async () => {
      await this.client.withDeadline(Date.now() + CHECK_TIMEOUT_MS, () => this.client.workflowService.getSystemInfo({}));
      return up();
    });
    return indicatorResult(this.indicators, 'temporal', result);
  }
}
