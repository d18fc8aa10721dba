import { Module } from '@nestjs/common';
import { AuditorsModule } from '../auditors/auditors.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { WorkflowsModule } from '../workflows/workflows.module';
import { AuditsController } from './audits.controller';
import { AuditsService } from './audits.service';

@Module({
  imports: [WorkflowsModule, ProgrammesModule, AuditorsModule],
  controllers: [AuditsController],
  providers: [AuditsService],
  exports: [AuditsService],
})
export class AuditsModule {}
