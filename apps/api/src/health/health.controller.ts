import { Controller, Get, Res } from '@nestjs/common';
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

export class HealthReport {
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiProperty({ type: HealthChecks }) checks!: HealthChecks;
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
    private readonly temporal: TemporalCheck,
    private readonly database: DatabaseCheck,
    private readonly smtp: SmtpCheck,
    private readonly worker: WorkerCheck,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Whether Temporal, PostgreSQL, SMTP and a worker are reachable' })
  @ApiOkResponse({ type: HealthReport, description: 'Every dependency is up' })
  @ApiServiceUnavailableResponse({ type: HealthReport, description: 'At least one dependency is down; see its reason' })
  async health(@Res({ passthrough: true }) response: StatusSettable): Promise<HealthReport> {
    const [temporal, database, smtp, worker] = await Promise.all([
      this.temporal.check(),
      this.database.check(),
      this.smtp.check(),
      this.worker.check(),
    ]);
    const checks = { temporal, database, smtp, worker };
    const status = Object.values(checks).every((check) => check.status === 'up') ? 'up' : 'down';
    response.status(status === 'up' ? 200 : 503);
    return { status, checks };
  }
}
