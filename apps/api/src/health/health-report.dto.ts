import { ApiProperty } from '@nestjs/swagger';
import { CheckResult } from './health-check';

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
