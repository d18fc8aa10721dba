import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { Client } from '@temporalio/client';
import { optionalTsToMs } from '@temporalio/common/lib/time';
import { AppConfig } from '@auditflow/config';
import { APP_CONFIG, TEMPORAL_CLIENT } from '../infrastructure/tokens';
import { CHECK_TIMEOUT_MS, down, indicatorResult, runCheck, up } from './health-check';

/** A worker counts as alive if it polled within this window (pollers re-poll at least every minute). */
export const WORKER_POLL_WINDOW_MS = 90_000;

const TASK_QUEUE_KIND_NORMAL = 1;
const TASK_QUEUE_TYPE_WORKFLOW = 1;

/** Some worker recently polled the configured workflow task queue. */
@Injectable()
export class WorkerIndicator {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async check(): Promise<HealthIndicatorResult<'worker'>> {
    const taskQueue = this.config.TEMPORAL_TASK_QUEUE;
    const result = await runCheck(async () => {
      const response = await this.client.withDeadline(Date.now() + CHECK_TIMEOUT_MS, () =>
        this.client.workflowService.describeTaskQueue({
          namespace: this.config.TEMPORAL_NAMESPACE,
          taskQueue: { name: taskQueue, kind: TASK_QUEUE_KIND_NORMAL },
          taskQueueType: TASK_QUEUE_TYPE_WORKFLOW,
        }),
      );
      const since = Date.now() - WORKER_POLL_WINDOW_MS;
      const alive = (response.pollers ?? []).some((poller) => (optionalTsToMs(poller.lastAccessTime) ?? 0) >= since);
      return alive ? up() : down(`no worker has polled task queue "${taskQueue}" in the last ${WORKER_POLL_WINDOW_MS / 1000} s`);
    });
    return indicatorResult(this.indicators, 'worker', result);
  }
}
