import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { DatabaseIndicator } from './database.indicator';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';
import { SmtpIndicator } from './smtp.indicator';
import { TemporalIndicator } from './temporal.indicator';
import { WorkerIndicator } from './worker.indicator';

/**
 * GET /health, /health/live and /health/ready; needs the global InfrastructureModule (config, DataSource, Temporal
 * client). Terminus logs nothing: every answer carries its reasons, and startup polls /health until it is up.
 */
@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [HealthService, TemporalIndicator, DatabaseIndicator, SmtpIndicator, WorkerIndicator],
})
export class HealthModule {}
