import { Controller, Get, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { countFailedWrites, countStuckMail } from '@auditflow/persistence';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { DatabaseCheck } from './database.check';
import { CheckResult } from './health-check';
import { SmtpCheck } from './smtp.check';
import { TemporalCheck } from './temporal.check';
import { WorkerCheck } from './worker.check';
import { Public } from '../auth/decorators';

class HealthChecks {
  @ApiProperty({ type: CheckResult }) temporal!: CheckResult;
  @ApiProperty({ type: CheckResult }) database!: CheckResult;
  @ApiProperty({ type: CheckResult }) smtp!: CheckResult;
  @ApiProperty({ type: CheckResult }) worker!: CheckResult;
}

class StuckWork {
  @ApiProperty({ description: 'mails given up as undeliverable (GET /admin/stuck-mail)' }) undeliverableMail!: number;
  @ApiProperty({ description: 'mails still pending after several failed attempts' }) failingMail!: number;
  @ApiProperty({ description: 'steps the read model refused for good (GET /admin/failed-writes)' }) failedWrites!: number;
}

export class HealthReport {
  @ApiProperty({ enum: ['up', 'degraded', 'down'], description: 'degraded: every dependency is up, but some work is stuck' }) status!: 'up' | 'degraded' | 'down';
  @ApiProperty({ type: HealthChecks }) checks!: HealthChecks;
  @ApiProperty({ type: StuckWork, required: false }) stuck?: StuckWork;
}

/** The part of the HTTP response we need; keeps this file free of the express types. */
interface StatusSettable {
  status(code: number): unknown;
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: TemporalCheck,
    private readonly database: DatabaseCheck,
    private readonly smtp: SmtpCheck,
    private readonly worker: WorkerCheck,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Whether Temporal, PostgreSQL, SMTP and a worker are reachable, and whether any work is stuck' })
  @ApiOkResponse({ type: HealthReport, description: 'Every dependency is up (degraded: with stuck work, counted)' })
  @ApiServiceUnavailableResponse({ type: HealthReport, description: 'At least one dependency is down; see its reason' })
  async health(@Res({ passthrough: true }) response: StatusSettable): Promise<HealthReport> {
    const [temporal, database, smtp, worker] = await Promise.all([
      this.temporal.check(),
      this.database.check(),
      this.smtp.check(),
      this.worker.check(),
    ]);
    const checks = { temporal, database, smtp, worker };
    if (!Object.values(checks).every((check) => check.status === 'up')) {
      response.status(503);
      return { status: 'down', checks };
    }
    const [mail, failedWrites] = await Promise.all([countStuckMail(this.dataSource), countFailedWrites(this.dataSource)]);
    const stuck = { undeliverableMail: mail.undeliverable, failingMail: mail.failing, failedWrites };
    return { status: stuck.undeliverableMail + stuck.failingMail + stuck.failedWrites > 0 ? 'degraded' : 'up', checks, stuck };
  }
}
