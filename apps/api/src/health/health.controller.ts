import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/decorators';
import { HealthReport } from './health-report.dto';
import { HealthService } from './health.service';

/** The part of the HTTP response we need; keeps this file free of the express types. */
interface StatusSettable {
  status(code: number): unknown;
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly reports: HealthService) {}

  @Get()
  @ApiOperation({ summary: 'Whether Temporal, PostgreSQL, SMTP and a worker are reachable, and whether any work is stuck' })
  @ApiOkResponse({ type: HealthReport, description: 'Every dependency is up (degraded: with stuck work, counted)' })
  @ApiServiceUnavailableResponse({ type: HealthReport, description: 'At least one dependency is down; see its reason' })
  async health(@Res({ passthrough: true }) response: StatusSettable): Promise<HealthReport> {
    const report = await this.reports.report();
    if (report.status === 'down') response.status(503);
    return report;
  }
}
