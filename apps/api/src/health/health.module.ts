import { Module } from '@nestjs/common';
import { DatabaseCheck } from './database.check';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';
import { SmtpCheck } from './smtp.check';
import { TemporalCheck } from './temporal.check';
import { WorkerCheck } from './worker.check';

/** GET /health; needs the global InfrastructureModule (config, DataSource, Temporal client). */
@Module({
  controllers: [HealthController],
  providers: [HealthService, TemporalCheck, DatabaseCheck, SmtpCheck, WorkerCheck],
})
export class HealthModule {}
