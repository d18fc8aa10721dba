import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { AppConfig } from '@auditflow/config';
import { AuthModule } from './auth/auth.module';
import { HealthModule } from './health/health.module';
import { OperationsModule } from './operations/operations.module';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { AuditorsModule } from './auditors/auditors.module';
import { AuditsModule } from './audits/audits.module';
// Before AuditsModule: POST /audits/{id}/files and /legal-hold are matched ahead of the generic step route /audits/{id}/{action}.
import { FilesModule } from './files/files.module';
import { RetentionModule } from './retention/retention.module';
import { ExportsModule } from './exports/exports.module';
import { ProgrammesModule } from './programmes/programmes.module';
import { ProgrammeCyclesModule } from './programme-cycles/programme-cycles.module';
import { TasksModule } from './tasks/tasks.module';
import { FindingsModule } from './findings/findings.module';
import { CorrectiveActionsModule } from './corrective-actions/corrective-actions.module';
import { LiveModule } from './live/live.module';
import { loggerParams } from './observability/logger-params';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string, logDestination?: DestinationStream): DynamicModule {
    return {
      module: AppModule,
      imports: [LoggerModule.forRoot(loggerParams(config, logDestination)), InfrastructureModule.forRoot(config, databaseUrl), AuthModule.forRoot(config), IdempotencyModule, HealthModule, OperationsModule, ProgrammesModule, ProgrammeCyclesModule, AuditorsModule, FilesModule, RetentionModule, ExportsModule, AuditsModule, FindingsModule, CorrectiveActionsModule, TasksModule, LiveModule],
    };
  }
}
