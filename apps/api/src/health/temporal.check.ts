import { Inject, Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { TEMPORAL_CLIENT } from '../infrastructure/tokens';
import { CHECK_TIMEOUT_MS, CheckResult, runCheck, up } from './health-check';

/** The Temporal front end answers. */
@Injectable()
export class TemporalCheck {
  constructor(@Inject(TEMPORAL_CLIENT) private readonly client: Client) {}

  check(): Promise<CheckResult> {
    return runCheck(async () => {
      await this.client.withDeadline(Date.now() + CHECK_TIMEOUT_MS, () => this.client.workflowService.getSystemInfo({}));
      return up();
    });
  }
}
