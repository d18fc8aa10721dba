import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { AppConfig } from '@auditflow/config';
import { durationToMs } from '@auditflow/domain';
import { countFailedWrites, countStuckMail } from '@auditflow/persistence';
import { APP_CONFIG } from '../infrastructure/tokens';
import { DatabaseIndicator } from './database.indicator';
import { down } from './health-check';
import { HealthReport, ReadinessReport } from './health-report.dto';
import { KeptFresh } from './kept-fresh';
import { readinessReport } from './readiness';
import { SmtpIndicator } from './smtp.indicator';
import { TemporalIndicator } from './temporal.indicator';
import { WorkerIndicator } from './worker.indicator';

/**
 * While a dependency is down the checks run this often (if HEALTH_PROBE_INTERVAL is longer), so a recovery, the
 * worker's first poll at start among them, shows at once to whoever waits for /health (npm start, the tests).
 */
export const DOWN_RECHECK_MS = 1_000;

/**
 * GET /health and /health/ready answer from one report, made in the background every HEALTH_PROBE_INTERVAL: the
 * checks (the SMTP greeting alone takes ~100 ms) then cost one round per interval however often anyone asks, and a
 * change shows within the interval. Both answer down from the moment the API begins shutting down.
 */
@Injectable()
export class HealthService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly latest: KeptFresh<HealthReport>;
  private shuttingDown = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly health: HealthCheckService,
    private readonly temporal: TemporalIndicator,
    private readonly database: DatabaseIndicator,
    private readonly smtp: SmtpIndicator,
    private readonly worker: WorkerIndicator,
  ) {
    const intervalMs = durationToMs(config.HEALTH_PROBE_INTERVAL);
    this.latest = new KeptFresh(
      () => this.check(),
      (report) => (report && report.status !== 'down' ? intervalMs : Math.min(intervalMs, DOWN_RECHECK_MS)),
    );
  }

  onApplicationBootstrap(): void {
    this.latest.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.shuttingDown = true;
    await this.latest.stop();
  }

  /** GET /health: the dependencies and, when every one is up, the stuck work counted. */
  async report(): Promise<HealthReport> {
    const report = await this.latest.latest();
    if (!this.shuttingDown) return report;
    const { checks, checkedAt } = report;
    return { status: 'down', checks, checkedAt };
  }

  /** GET /health/ready: the dependencies only (stuck work is /health's concern). */
  async readiness(): Promise<ReadinessReport> {
    const { status, checks, checkedAt } = await this.report();
    return { status: status === 'down' ? 'down' : 'up', checks, checkedAt };
  }

  /** Every dependency checked now, at once (through terminus), then the stuck work counted if the database is up. */
  private async check(): Promise<HealthReport> {
    const checkedAt = new Date().toISOString();
    const result = await this.health
      .check([() => this.temporal.check(), () => this.database.check(), () => this.smtp.check(), () => this.worker.check()])
      .catch((error: unknown) => {
        // Terminus answers a failed check by throwing its result as a 503.
        if (error instanceof ServiceUnavailableException) return error.getResponse() as HealthCheckResult;
        throw error;
      });
    const { status, checks } = readinessReport(result);
    if (status === 'down') return { status, checks, checkedAt };
    try {
      const [mail, failedWrites] = await Promise.all([countStuckMail(this.dataSource), countFailedWrites(this.dataSource)]);
      const stuck = { undeliverableMail: mail.undeliverable, failingMail: mail.failing, failedWrites };
      return { status: stuck.undeliverableMail + stuck.failingMail + stuck.failedWrites > 0 ? 'degraded' : 'up', checks, stuck, checkedAt };
    } catch (error) {
      // The database stopped answering between its check and the counting.
      const reason = error instanceof Error ? error.message : String(error);
      return { status: 'down', checks: { ...checks, database: down(reason) }, checkedAt };
    }
  }
}
