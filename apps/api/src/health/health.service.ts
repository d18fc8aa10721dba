import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { countFailedWrites, countStuckMail } from '@auditflow/persistence';
import { HealthReport } from './health-report.dto';
import { ReadinessService } from './readiness.service';

/** GET /health: readiness checked afresh, and, when every dependency is up (the database among them), stuck work counted. */
@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly readiness: ReadinessService,
  ) {}

  async report(): Promise<HealthReport> {
    const { status, checks } = await this.readiness.now();
    if (status === 'down') return { status, checks };
    const [mail, failedWrites] = await Promise.all([countStuckMail(this.dataSource), countFailedWrites(this.dataSource)]);
    const stuck = { undeliverableMail: mail.undeliverable, failingMail: mail.failing, failedWrites };
    return { status: stuck.undeliverableMail + stuck.failingMail + stuck.failedWrites > 0 ? 'degraded' : 'up', checks, stuck };
  }
}
