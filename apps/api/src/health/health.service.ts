import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { countFailedWrites, countStuckMail } from '@auditflow/persistence';
import { DatabaseCheck } from './database.check';
import { HealthReport } from './health-report.dto';
import { SmtpCheck } from './smtp.check';
import { TemporalCheck } from './temporal.check';
import { WorkerCheck } from './worker.check';

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: TemporalCheck,
    private readonly database: DatabaseCheck,
    private readonly smtp: SmtpCheck,
    private readonly worker: WorkerCheck,
  ) {}

  /** Every dependency checked at once; stuck work is counted only when all are up (the database among them). */
  async report(): Promise<HealthReport> {
    const [temporal, database, smtp, worker] = await Promise.all([this.temporal.check(), this.database.check(), this.smtp.check(), this.worker.check()]);
    const checks = { temporal, database, smtp, worker };
    if (!Object.values(checks).every((check) => check.status === 'up')) return { status: 'down', checks };
    const [mail, failedWrites] = await Promise.all([countStuckMail(this.dataSource), countFailedWrites(this.dataSource)]);
    const stuck = { undeliverableMail: mail.undeliverable, failingMail: mail.failing, failedWrites };
    return { status: stuck.undeliverableMail + stuck.failingMail + stuck.failedWrites > 0 ? 'degraded' : 'up', checks, stuck };
  }
}
