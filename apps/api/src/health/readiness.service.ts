import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { cachedFor } from './cached-for';
import { DatabaseIndicator } from './database.indicator';
import { ReadinessReport } from './health-report.dto';
import { readinessReport } from './readiness';
import { SmtpIndicator } from './smtp.indicator';
import { TemporalIndicator } from './temporal.indicator';
import { WorkerIndicator } from './worker.indicator';

/**
 * How long a readiness answer is reused. Several probers (orchestrator, load balancer, Prometheus) asking at once,
 * or one asking often, then cost one round of checks; a change shows within this time.
 */
export const READINESS_CACHE_MS = 5_000;

/** Whether the API can do its work: Temporal, PostgreSQL, SMTP and a polling worker, checked through terminus. */
@Injectable()
export class ReadinessService {
  readonly recent: () => Promise<ReadinessReport> = cachedFor(READINESS_CACHE_MS, () => this.now());

  constructor(
    private readonly health: HealthCheckService,
    private readonly temporal: TemporalIndicator,
    private readonly database: DatabaseIndicator,
    private readonly smtp: SmtpIndicator,
    private readonly worker: WorkerIndicator,
  ) {}

  /** Every dependency checked now, at once. */
  async now(): Promise<ReadinessReport> {
    const result = await this.health
      .check([() => this.temporal.check(), () => this.database.check(), () => this.smtp.check(), () => this.worker.check()])
      .catch((error: unknown) => {
        // Terminus answers a failed check by throwing its result as a 503.
        if (error instanceof ServiceUnavailableException) return error.getResponse() as HealthCheckResult;
        throw error;
      });
    return readinessReport(result);
  }
}
