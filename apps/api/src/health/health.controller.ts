import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/decorators';
import { HealthReport, LivenessReport, ReadinessReport } from './health-report.dto';
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
  @ApiOperation({ summary: 'Whether Temporal, PostgreSQL, SMTP and a worker are reachable, and whether any work is stuck, as last checked (every HEALTH_PROBE_INTERVAL, 5 s by default; see checkedAt)' })
  @ApiOkResponse({ type: HealthReport, description: 'Every dependency is up (degraded: with stuck work, counted)' })
  @ApiServiceUnavailableResponse({ type: HealthReport, description: 'At least one dependency is down (see its reason), or the API is shutting down' })
  async health(@Res({ passthrough: true }) response: StatusSettable): Promise<HealthReport> {
    const report = await this.reports.report();
    if (report.status === 'down') response.status(503);
    return report;
  }

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers. Touches no dependency, so a dependency outage never gets the API restarted' })
  @ApiOkResponse({ type: LivenessReport })
  live(): LivenessReport {
    return { status: 'up' };
  }

  @Get('ready')
  @ApiOperation({
    summary: 'Readiness: whether the API can serve requests (Temporal, PostgreSQL, SMTP, a polling worker), as last checked (every HEALTH_PROBE_INTERVAL, 5 s by default; see checkedAt)',
  })
  @ApiOkResponse({ type: ReadinessReport, description: 'Every dependency is up' })
  @ApiServiceUnavailableResponse({ type: ReadinessReport, description: 'At least one dependency is down (see its reason), or the API is shutting down' })
  async ready(@Res({ passthrough: true }) response: StatusSettable): Promise<ReadinessReport> {
    const report = await this.reports.readiness();
    if (report.status === 'down') response.status(503);
    return report;
  }
}
