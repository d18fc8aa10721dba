import { ApiProperty } from '@nestjs/swagger';
import { CheckResult } from './health-check';

export class HealthChecks {
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
  @ApiProperty({ enum: ['up', 'degraded', 'down'], description: 'degraded: every dependency is up, but some work is stuck; down: a dependency is down, or the API is shutting down' })
  status!: 'up' | 'degraded' | 'down';
  @ApiProperty({ type: HealthChecks }) checks!: HealthChecks;
  @ApiProperty({ type: StuckWork, required: false }) stuck?: StuckWork;
  @ApiProperty({ format: 'date-time', description: 'When these checks were made (they are refreshed every HEALTH_PROBE_INTERVAL)' })
  checkedAt!: string;
}

export class ReadinessReport {
  @ApiProperty({ enum: ['up', 'down'], description: 'down: a dependency is down, or the API is shutting down' })
  status!: 'up' | 'down';
  @ApiProperty({ type: HealthChecks }) checks!: HealthChecks;
  @ApiProperty({ format: 'date-time', description: 'When these checks were made (they are refreshed every HEALTH_PROBE_INTERVAL)' })
  checkedAt!: string;
}

export class LivenessReport {
  @ApiProperty({ enum: ['up'], description: 'The process answers; nothing else is checked' })
  status!: 'up';
}
