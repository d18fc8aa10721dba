import { Module } from '@nestjs/common';
import { AuditsModule } from '../audits/audits.module';
import { AuditorsModule } from '../auditors/auditors.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { WorkflowsModule } from '../workflows/workflows.module';
import { ProgrammeCyclesController } from './programme-cycles.controller';
import { ProgrammeCyclesService } from './programme-cycles.service';

@Module({
  imports: [WorkflowsModule, ProgrammesModule, AuditsModule, AuditorsModule],
  controllers: [ProgrammeCyclesController],
  providers: [ProgrammeCyclesService],
  exports: [ProgrammeCyclesService],
})
export class ProgrammeCyclesModule {}
